"""Kafka TLS/SASL settings: validation, the client options they produce, and secrets kept out of output."""

from __future__ import annotations

import json
import logging

import faust
import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from worker.cli.main import cli
from worker.logs import JsonFormatter
from worker.settings import Settings
from worker.stream.security import aiokafka_security, faust_credentials

SECRET = "s3cret-Pa55word"
SASL = {"broker_url": "kafka://kafka:9093", "security_protocol": "SASL_PLAINTEXT", "sasl_username": "wirewatch"}


def test_sasl_needs_a_username():
    with pytest.raises(ValidationError, match="WIREWATCH_SASL_USERNAME"):
        Settings(security_protocol="SASL_SSL", sasl_password=SECRET)


def test_sasl_needs_a_password():
    with pytest.raises(ValidationError, match="WIREWATCH_SASL_PASSWORD"):
        Settings(**SASL)


def test_password_file_must_exist(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        Settings(**SASL, sasl_password_file=tmp_path / "missing")


def test_password_from_a_mounted_file(tmp_path):
    secret_file = tmp_path / "password"
    secret_file.write_text(SECRET + "\n")
    assert Settings(**SASL, sasl_password_file=secret_file).sasl_secret() == SECRET


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_aiokafka_and_faust_options_for_sasl(mechanism):
    settings = Settings(**SASL, sasl_mechanism=mechanism, sasl_password=SECRET)
    assert aiokafka_security(settings) == {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": mechanism,
                                           "sasl_plain_username": "wirewatch", "sasl_plain_password": SECRET}
    credentials = faust_credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials)
    assert (credentials.username, credentials.password, credentials.mechanism.value) == ("wirewatch", SECRET,
                                                                                         mechanism)


def test_tls_gives_an_ssl_context_to_both():
    settings = Settings(broker_url="kafka://kafka:9093", security_protocol="SSL")
    options = aiokafka_security(settings)
    assert options["security_protocol"] == "SSL" and options["ssl_context"] is not None
    assert "sasl_plain_password" not in options
    assert isinstance(faust_credentials(settings), faust.SSLCredentials)


def test_plaintext_has_no_credentials():
    settings = Settings()
    assert aiokafka_security(settings) == {"security_protocol": "PLAINTEXT"}
    assert faust_credentials(settings) is None


def test_config_show_masks_the_password(monkeypatch):
    monkeypatch.setenv("WIREWATCH_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("WIREWATCH_SASL_USERNAME", "wirewatch")
    monkeypatch.setenv("WIREWATCH_SASL_PASSWORD", SECRET)
    result = CliRunner().invoke(cli, ["config", "show"])
    assert result.exit_code == 0, result.output
    assert SECRET not in result.output
    assert json.loads(result.output)["sasl_password"] == "********"


def test_invalid_security_settings_are_one_line_errors(monkeypatch):
    monkeypatch.setenv("WIREWATCH_SECURITY_PROTOCOL", "SASL_SSL")
    result = CliRunner().invoke(cli, ["config", "show"])
    assert result.exit_code == 2
    assert "WIREWATCH_SASL_USERNAME" in result.output and "Traceback" not in result.output


def test_settings_in_a_log_line_keep_the_secret_out():
    settings = Settings(**SASL, sasl_password=SECRET)
    item = logging.LogRecord("x", logging.INFO, __file__, 1, "settings %s %r", (settings, settings), None)
    item.settings = settings
    assert SECRET not in JsonFormatter().format(item)
    assert SECRET not in logging.Formatter().format(item)
