"""Fixtures shared by the integration tests: an open bill with two articles (see test_amendments_api)."""

from tests.integration.test_amendments_api import bill

__all__ = ["bill"]
