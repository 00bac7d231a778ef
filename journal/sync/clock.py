"""A hybrid logical clock (Kulkarni et al., 2014): a stamp is the wall time in milliseconds, a
counter and the device's id. A device's stamps always grow, and a stamp it makes after reading
another device's stamps is later than all of them, whatever the two machines' clocks say. So
"the last written" means the last in the order the leader wrote them, even when the laptop at home
runs hours behind the one at work."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    wall: int  # milliseconds since 1970, UTC
    count: int
    device: str

    def text(self) -> str:
        """As kept in documents and files: its text sorts as the stamp does."""
        return f"{self.wall:013d}.{self.count:05d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, count, device = text.split(".", 2)
        return cls(int(wall), int(count), device)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, device: str, last: Stamp | None = None, now: Callable[[], int] = wall_ms):
        self.device = device
        self.last = last or Stamp(0, 0, device)
        self._now = now

    def tick(self) -> Stamp:
        """A stamp later than every stamp this clock has made or seen."""
        wall = max(self._now(), self.last.wall)
        count = self.last.count + 1 if wall == self.last.wall else 0
        self.last = Stamp(wall, count, self.device)
        return self.last

    def witness(self, seen: Stamp) -> None:
        """Another device's stamp was read: what this clock makes next comes after it."""
        if (seen.wall, seen.count) > (self.last.wall, self.last.count):
            self.last = Stamp(seen.wall, seen.count, self.device)
