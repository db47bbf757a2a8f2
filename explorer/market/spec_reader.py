"""Typed, validating reads from one TOML table of ``exchanges.toml`` (errors name the key)."""

from __future__ import annotations

from collections.abc import Iterable

from explorer.market.errors import UnknownSymbolError
from explorer.market.symbols import TemplateError, check_template, parse_symbol
from explorer.net.urls import normalise_base_url


class SpecError(ValueError):
    """``exchanges.toml`` (or one exchange's table in it) does not follow the schema."""


class TableReader:
    def __init__(self, where: str, table: object) -> None:
        if not isinstance(table, dict):
            raise SpecError(f"[{where}] must be a table")
        self.where = where
        self._table: dict[str, object] = table

    def unknown_keys(self, known: Iterable[str]) -> list[str]:
        return sorted(set(self._table) - set(known))

    def _value(self, key: str, expected: type | tuple[type, ...], required: bool) -> object:
        if key not in self._table:
            if required:
                raise SpecError(f"{self.where}: missing required key {key!r}")
            return None
        value = self._table[key]
        if isinstance(value, bool) or not isinstance(value, expected):
            raise SpecError(f"{self.where}.{key}: unexpected value {value!r}")
        return value

    def text(self, key: str, *, default: str = "", required: bool = False) -> str:
        value = self._value(key, str, required)
        return default if value is None else str(value)

    def strings(self, key: str) -> tuple[str, ...]:
        values = self._value(key, list, required=False) or []
        if not isinstance(values, list) or not all(isinstance(item, str) for item in values):
            raise SpecError(f"{self.where}.{key}: expected a list of strings")
        return tuple(values)

    def symbols(self, key: str) -> tuple[str, ...]:
        symbols = self.strings(key)
        for symbol in symbols:
            try:
                parse_symbol(symbol)
            except UnknownSymbolError as error:
                raise SpecError(f"{self.where}.{key}: {error}") from None
        return symbols

    def mapping(
        self, key: str, *, required: bool = False, allow_int_values: bool = False
    ) -> dict[str, str]:
        table = self._value(key, dict, required) or {}
        if not isinstance(table, dict):
            raise SpecError(f"{self.where}.{key} must be a table")
        scalar: tuple[type, ...] = (str, int) if allow_int_values else (str,)
        result: dict[str, str] = {}
        for name, value in table.items():
            if isinstance(value, bool) or not isinstance(value, scalar):
                raise SpecError(f"{self.where}.{key}.{name}: unexpected value {value!r}")
            result[name] = str(value)
        if required and not result:
            raise SpecError(f"{self.where}.{key} must not be empty")
        return result

    def positive_number(self, key: str, *, default: float) -> float:
        value = self._value(key, (int, float), required=False)
        number = float(value) if isinstance(value, int | float) else default
        if not number > 0:
            raise SpecError(f"{self.where}.{key} must be a positive number")
        return number

    def base_url(self, key: str) -> str:
        try:
            return normalise_base_url(self.text(key, required=True))
        except ValueError as error:
            raise SpecError(f"{self.where}.{key}: {error}") from None

    def template(self, key: str, *, allow_market: bool, required: bool = False) -> str:
        template = self.text(key, required=required)
        self.check_template(key, template, allow_market=allow_market)
        return template

    def check_template(self, key: str, template: str, *, allow_market: bool) -> None:
        try:
            check_template(template, allow_market=allow_market)
        except TemplateError as error:
            raise SpecError(f"{self.where}.{key}: {error}") from None
