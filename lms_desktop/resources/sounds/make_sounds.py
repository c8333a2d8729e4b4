"""Generate the desk's short answer sounds as WAV files (run once; the WAVs are committed).

Usage: python lms_desktop/resources/sounds/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
HERE = Path(__file__).parent

# name -> list of (frequency Hz, duration ms); 0 Hz is a pause
SOUNDS: dict[str, list[tuple[float, int]]] = {
    # bright single beep: the action went through
    "ok": [(1320, 90)],
    # rising two-tone: returned
    "checkin": [(880, 70), (0, 15), (1320, 80)],
    # three-note chime: a hold to put aside / attention, not an error
    "hold": [(784, 110), (0, 20), (988, 110), (0, 20), (1319, 160)],
    # low buzz: look at the screen (blocked, unknown barcode)
    "warning": [(330, 260)],
    # two low buzzes: refused
    "error": [(220, 180), (0, 60), (220, 180)],
}


def _samples(freq: float, duration_ms: int, volume: float = 0.35) -> list[int]:
    count = int(RATE * duration_ms / 1000)
    fade = min(count // 4, int(RATE * 0.008))  # 8 ms fades: no clicks
    out: list[int] = []
    for n in range(count):
        envelope = 1.0
        if fade:
            envelope = min(1.0, n / fade, (count - 1 - n) / fade)
        value = math.sin(2 * math.pi * freq * n / RATE) if freq else 0.0
        # a touch of the octave makes small laptop speakers audible
        value = 0.8 * value + 0.2 * (math.sin(4 * math.pi * freq * n / RATE) if freq else 0.0)
        out.append(int(max(-1.0, min(1.0, value * envelope * volume)) * 32767))
    return out


def write_sound(name: str, notes: list[tuple[float, int]], folder: Path = HERE) -> Path:
    samples: list[int] = []
    for freq, ms in notes:
        samples.extend(_samples(freq, ms))
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def main() -> None:
    for name, notes in SOUNDS.items():
        print(write_sound(name, notes))


if __name__ == "__main__":
    main()
