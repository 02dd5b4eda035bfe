"""What a model call costs: the API's token usage priced from the settings' table."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.domain.coach import UsageRecord

log = logging.getLogger(__name__)
PER_TOKENS = 1_000_000  # prices are per million tokens


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """One call's usage as the API reports it; ``input`` excludes the cached parts."""

    input: int = 0
    output: int = 0
    cache_write: int = 0
    cache_read: int = 0

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(
            self.input + other.input,
            self.output + other.output,
            self.cache_write + other.cache_write,
            self.cache_read + other.cache_read,
        )

    @property
    def prompt(self) -> int:
        """Every prompt token, cached or not."""
        return self.input + self.cache_write + self.cache_read


@dataclass(frozen=True, slots=True)
class ModelPrice:
    input: float
    output: float
    cache_write: float
    cache_read: float


class PriceTable:
    """Dollars per call. A model missing from the table is charged at the dearest row,
    so a new model name never makes the budget look larger than it is."""

    def __init__(self, rows: Mapping[str, Mapping[str, float]]) -> None:
        self._rows = {name: ModelPrice(**row) for name, row in rows.items()}
        self._dearest = max(self._rows.values(), key=lambda p: (p.output, p.input))

    def price(self, model: str) -> ModelPrice:
        found = self._rows.get(model)
        if found is None:
            log.warning("no price for model %s: charging the dearest row", model)
            return self._dearest
        return found

    def cost(self, model: str, usage: TokenUsage) -> float:
        price = self.price(model)
        return (
            usage.input * price.input
            + usage.output * price.output
            + usage.cache_write * price.cache_write
            + usage.cache_read * price.cache_read
        ) / PER_TOKENS

    def record(
        self,
        model: str,
        usage: TokenUsage,
        *,
        athlete_id: int | None,
        purpose: str,
        at: datetime,
    ) -> UsageRecord:
        """One call's row for the usage log, priced here (every caller logs the same way)."""
        return UsageRecord(
            athlete_id=athlete_id,
            purpose=purpose,
            model=model,
            input_tokens=usage.input,
            output_tokens=usage.output,
            cache_write_tokens=usage.cache_write,
            cache_read_tokens=usage.cache_read,
            cost_usd=self.cost(model, usage),
            created_at=at,
        )
