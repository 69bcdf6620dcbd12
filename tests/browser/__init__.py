"""Helpers that drive headless Chromium for the browser tests."""
