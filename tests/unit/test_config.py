"""Settings from DRAFTING_* variables: good values read, bad ones refused in one line that names the
variable and what it expects (the command line shows that line: tests/integration/test_cli.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.config import Settings, SettingsError


def test_good_values_are_read(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "DRAFTING_DATA_DIR": str(tmp_path / "new" / "folder"),  # created later, by the database
            "DRAFTING_DATABASE_URL": "postgresql://user:pw@db.example:5432/drafting",
            "DRAFTING_ALLOWED_ORIGINS": " https://a.example , http://localhost:3000,",
            "DRAFTING_MAX_BODY_BYTES": " 1048576 ",
            "DRAFTING_SESSION_DAYS": "7",
            "DRAFTING_LOAD_DEMO": "False",
            "DRAFTING_BUS_URL": "redis://cache:6379/0",
            "DRAFTING_TRUSTED_PROXIES": "10.0.0.1, 192.168.0.0/16",
            "DRAFTING_RATE_LIMIT_WRITES": "50/minute;500/hour",
        }
    )
    assert settings.trusted_proxies == ("10.0.0.1", "192.168.0.0/16")
    assert settings.rate_limit_writes == "50/minute;500/hour"
    # the rate-limit counts follow the bus to Redis, so that every process shares them
    assert settings.resolved_rate_limit_storage == "redis://cache:6379/0"
    assert settings.data_dir == tmp_path / "new" / "folder"
    assert settings.allowed_origins == ("https://a.example", "http://localhost:3000")
    assert (settings.max_body_bytes, settings.session_days, settings.load_demo) == (1048576, 7, False)
    assert settings.bus_url == "redis://cache:6379/0"
    assert not (tmp_path / "new").exists()


def test_empty_values_mean_the_defaults(tmp_path: Path) -> None:
    names = ["DATABASE_URL", "ALLOWED_ORIGINS", "MAX_BODY_BYTES", "SESSION_DAYS", "LOAD_DEMO", "BUS_URL"]
    settings = Settings.from_env({"DRAFTING_DATA_DIR": str(tmp_path), **{f"DRAFTING_{n}": "" for n in names}})
    assert settings == Settings(data_dir=tmp_path)
    assert settings.resolved_database_url == f"sqlite:///{tmp_path / 'drafting.db'}"
    for value, expected in [("1", True), ("yes", True), ("ON", True), ("0", False), ("no", False)]:
        env = {"DRAFTING_DATA_DIR": str(tmp_path), "DRAFTING_LOAD_DEMO": value}
        assert Settings.from_env(env).load_demo is expected


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("DRAFTING_MAX_BODY_BYTES", "5MB", "expected a whole number of bytes above 0, such as 5242880; got '5MB'"),
        ("DRAFTING_MAX_BODY_BYTES", "0", "got '0'"),
        ("DRAFTING_MAX_BODY_BYTES", "-5", "got '-5'"),
        ("DRAFTING_SESSION_DAYS", "99999999999", "days above 0 and at most 36500"),
        ("DRAFTING_LOAD_DEMO", "maybe", "expected 1 or 0 (or true/false, yes/no, on/off); got 'maybe'"),
        ("DRAFTING_BUS_URL", "amqp://x", "expected memory://, postgresql://user@host/db or redis://host:6379/0"),
        ("DRAFTING_BUS_URL", "redis", "got 'redis'"),
        ("DRAFTING_ALLOWED_ORIGINS", "https://ok.example,example.org", "'example.org' is not an origin"),
        ("DRAFTING_ALLOWED_ORIGINS", "https://ok.example/", "without a path or final slash"),
        ("DRAFTING_DATABASE_URL", "not a url", "not a database URL"),
        ("DRAFTING_TRUSTED_PROXIES", "10.0.0.1,proxy.local", "'proxy.local' is not an IP address or network"),
        ("DRAFTING_RATE_LIMIT_SIGN_UPS", "lots", "expected limits such as 10/minute;60/hour; got 'lots'"),
        ("DRAFTING_RATE_LIMIT_STORAGE", "memcached://x", "expected memory:// or redis://host:6379/0"),
        ("DRAFTING_DATABASE_URL", "postgresql://u@h:port/db", "not a database URL (invalid literal for int()"),
        ("DRAFTING_DATABASE_URL", "mysql://u@h/db", "unsupported database 'mysql'"),
        ("DRAFTING_DATABASE_URL", "postgres://u@h/db", "write postgresql://, not postgres://"),
        ("DRAFTING_DATABASE_URL", "postgresql+nodriver://u@h/db", "unknown database driver 'postgresql+nodriver'"),
    ],
)
def test_a_bad_value_is_refused_naming_the_variable(tmp_path: Path, name: str, value: str, expected: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"DRAFTING_DATA_DIR": str(tmp_path), name: value})
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and expected in message
    assert "\n" not in message


def test_folders_that_cannot_hold_the_database_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    for folder, says in [(file / "sub" / "dir", f"is under '{file}', a file"), (file, "is a file, not a folder")]:
        with pytest.raises(SettingsError, match="^DRAFTING_DATA_DIR: ") as caught:
            Settings.from_env({"DRAFTING_DATA_DIR": str(folder)})
        assert says in str(caught.value)
    with pytest.raises(SettingsError, match="^DRAFTING_DATABASE_URL: the folder of the SQLite file"):
        Settings.from_env({"DRAFTING_DATA_DIR": str(tmp_path), "DRAFTING_DATABASE_URL": f"sqlite:///{file}/x.db"})
    # on PostgreSQL the default data folder holds nothing, so it is not checked
    monkeypatch.setenv("XDG_DATA_HOME", str(file))
    assert Settings.from_env({"DRAFTING_DATABASE_URL": "postgresql://u@h/db"}).data_dir == file / "drafting"
    with pytest.raises(SettingsError, match="^DRAFTING_DATA_DIR: "):
        Settings.from_env({})


def test_every_bad_setting_is_named_at_once_and_passwords_are_hidden(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(
            {
                "DRAFTING_DATA_DIR": str(tmp_path),
                "DRAFTING_DATABASE_URL": "postgresql://u:s3cret@h:port/db",
                "DRAFTING_BUS_URL": "amqp://u:hunter2@x",
                "DRAFTING_SESSION_DAYS": "a month",
            }
        )
    message = str(caught.value)
    assert [part.split(":")[0] for part in message.split("; DRAFTING_")] == [
        "DRAFTING_DATABASE_URL",
        "SESSION_DAYS",
        "BUS_URL",
    ]
    assert "s3cret" not in message and "hunter2" not in message and "u:***@" in message
