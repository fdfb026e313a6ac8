from tests.site.conftest import browser  # noqa: F401  (the shared headless Chromium)
