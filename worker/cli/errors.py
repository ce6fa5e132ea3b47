"""User mistakes become one clear line with the fix, never a traceback."""

from __future__ import annotations

import functools
import logging
import sys

import click
from pydantic import ValidationError

from ..settings import Settings


class UserError(click.ClickException):
    """An error the user can fix; printed as 'error: ...' with exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"error: {self.message}", err=True)


def load_settings(**overrides) -> Settings:
    """Settings from the environment, validated now, with errors naming the variable to fix."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            field = "_".join(str(p) for p in err["loc"]).upper()
            name = f"WIREWATCH_{field}" if field else "WIREWATCH_* settings"
            lines.append(f"{name}: {err['msg'].removeprefix('Value error, ')}")
        raise UserError("invalid configuration: " + "; ".join(lines)) from None


def quiet_client_logs() -> None:
    """For short-lived CLI clients: aiokafka logs every failed connect itself; the one-line error says it once."""
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)


def friendly(func):
    """Turn known operational failures (broker down, missing topic, bad input) into UserError."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from aiokafka.errors import KafkaConnectionError, KafkaError

        from ..ingest.sources import InputError
        from ..stream.broker import BrokerError
        from ..stream.discovery import NoBroker
        from ..tallies import ConfigError

        try:
            return func(*args, **kwargs)
        except (InputError, NoBroker, BrokerError, LookupError, ConfigError) as exc:
            raise UserError(str(exc)) from None
        except KafkaConnectionError as exc:
            raise UserError(f"cannot reach the Kafka broker ({exc}); check WIREWATCH_BROKER_URL and that it is up") \
                from None
        except KafkaError as exc:
            raise UserError(f"Kafka error: {exc}") from None
        except TimeoutError as exc:
            raise UserError(str(exc) or "timed out") from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)

    return wrapper
