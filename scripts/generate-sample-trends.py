#!/usr/bin/env python3
"""Generates the sample trend dataset the studio ships for first-run exploration.

A chart + audio-features CSV in importer 1's format (docs/trends.md, "Chart CSV"): 8 countries x
8 genres, 104 weeks (2023-01-02 to 2024-12-23), 3 chart entries per (country, genre, week), with
plausible regional differences, slow trends, yearly seasonality and noise:

- DE techno runs faster (about 136 BPM against 128 elsewhere) and is popular there;
- BR funk is more danceable and the most streamed genre in BR;
- JP pop is brighter (higher valence and energy);
- SE synthwave rises: its share of streams doubles and its tempo climbs about 6 BPM;
- KR pop is loud and energetic; US and FR lean on hip-hop, GB on rock and indie;
- everywhere tracks get shorter (about -12 s over two years) and valence peaks in the local
  summer (the southern hemisphere, BR, is shifted by half a year).

Deterministic (fixed seed, stdlib only). The output is compressed in Qt's qCompress format
(a 4-byte big-endian length, then a zlib stream) so the app reads it with qUncompress:

    scripts/generate-sample-trends.py                   # writes the shipped resource
    scripts/generate-sample-trends.py --csv out.csv     # plain CSV, to look at

The shipped file is core/services/resources/sample/sample-trends.csv.qz (embedded as
:/services/sample/sample-trends.csv.qz); TrendService imports it as source kind "sample".
"""

import argparse
import datetime
import io
import math
import os
import random
import struct
import zlib

SEED = 20240501
FIRST_MONDAY = datetime.date(2023, 1, 2)
WEEKS = 104
ENTRIES = 3

COUNTRIES = ["US", "GB", "DE", "FR", "BR", "JP", "SE", "KR"]
SOUTHERN = {"BR"}

# genre: tempo, energy, danceability, valence, loudness (LUFS), duration (s), share of major keys
GENRES = {
    "pop": (118, 0.68, 0.70, 0.58, -6.5, 200, 0.62),
    "hip-hop": (95, 0.65, 0.78, 0.50, -6.8, 185, 0.42),
    "rock": (126, 0.78, 0.50, 0.48, -6.2, 215, 0.66),
    "techno": (128, 0.85, 0.72, 0.35, -7.5, 330, 0.30),
    "synthwave": (108, 0.70, 0.60, 0.45, -8.0, 240, 0.40),
    "funk": (112, 0.72, 0.80, 0.70, -7.0, 210, 0.55),
    "indie": (115, 0.60, 0.55, 0.46, -8.5, 220, 0.60),
    "r&b": (90, 0.55, 0.68, 0.50, -7.5, 212, 0.40),
}

# Relative popularity of each genre per country (streams scale); 1.0 is average.
POPULARITY = {
    "US": {"hip-hop": 2.2, "pop": 1.8, "r&b": 1.4, "rock": 0.9, "techno": 0.4, "funk": 0.6},
    "GB": {"pop": 1.6, "rock": 1.5, "indie": 1.5, "hip-hop": 1.1, "techno": 0.8},
    "DE": {"techno": 2.0, "pop": 1.4, "hip-hop": 1.3, "rock": 1.0, "synthwave": 0.9},
    "FR": {"hip-hop": 2.1, "pop": 1.5, "r&b": 1.0, "indie": 0.9, "funk": 0.7},
    "BR": {"funk": 2.6, "pop": 1.4, "hip-hop": 1.1, "rock": 0.6, "synthwave": 0.4},
    "JP": {"pop": 2.4, "rock": 1.3, "indie": 1.0, "hip-hop": 0.5, "funk": 0.6},
    "SE": {"pop": 1.7, "synthwave": 0.8, "indie": 1.1, "techno": 1.0, "hip-hop": 1.0},
    "KR": {"pop": 2.6, "hip-hop": 1.3, "r&b": 1.2, "rock": 0.5, "funk": 0.5},
}
MARKET = {"US": 10.0, "GB": 3.0, "DE": 3.5, "FR": 2.5, "BR": 3.0, "JP": 4.0, "SE": 1.0, "KR": 2.0}


def clamp(value, low, high):
    return max(low, min(high, value))


def profile(country, genre, week):
    """Mean features of (country, genre) in a week (0..WEEKS-1): base + region + trend + season."""
    tempo, energy, dance, valence, loudness, duration, major = GENRES[genre]
    progress = week / (WEEKS - 1)  # 0 .. 1 over the two years
    if country == "DE" and genre == "techno":
        tempo += 8
        energy += 0.04
    if country == "BR" and genre == "funk":
        dance += 0.08
        tempo += 18  # baile funk runs around 130 BPM
    if country == "JP" and genre == "pop":
        valence += 0.12
        energy += 0.06
        major += 0.15
    if country == "SE" and genre == "synthwave":
        tempo += 6 * progress
        energy += 0.05 * progress
    if country == "KR" and genre == "pop":
        energy += 0.08
        loudness += 1.0
    if country == "GB" and genre == "indie":
        valence -= 0.04
    # Slow global trends: shorter tracks, slightly louder masters.
    duration -= 12 * progress
    loudness += 0.4 * progress
    # Seasonality: brighter, more danceable summers.
    day_of_year = (FIRST_MONDAY + datetime.timedelta(weeks=week)).timetuple().tm_yday
    phase = 2 * math.pi * (day_of_year - 196) / 365.25  # peak mid-July
    if country in SOUTHERN:
        phase += math.pi
    season = math.cos(phase)
    valence += 0.04 * season
    dance += 0.02 * season
    return tempo, energy, dance, valence, loudness, duration, major


def share_weight(country, genre, week):
    weight = POPULARITY[country].get(genre, 0.7)
    if country == "SE" and genre == "synthwave":
        weight *= 1 + week / (WEEKS - 1)  # doubles over the two years
    if genre == "techno":
        weight *= 1 + 0.15 * math.cos(2 * math.pi * week / 52.18)  # festival season
    return weight


def rows(rng):
    for week in range(WEEKS):
        date = (FIRST_MONDAY + datetime.timedelta(weeks=week)).isoformat()
        for country in COUNTRIES:
            entries = []
            for genre in GENRES:
                tempo, energy, dance, valence, loudness, duration, major = profile(
                    country, genre, week)
                weight = share_weight(country, genre, week)
                for _ in range(ENTRIES):
                    streams = MARKET[country] * weight * 100000 * rng.lognormvariate(0, 0.35)
                    entries.append((
                        streams,
                        genre,
                        clamp(rng.gauss(tempo, 7), 40, 220),
                        rng.randrange(12),
                        1 if rng.random() < clamp(major, 0, 1) else 0,
                        clamp(rng.gauss(energy, 0.08), 0, 1),
                        clamp(rng.gauss(dance, 0.07), 0, 1),
                        clamp(rng.gauss(valence, 0.09), 0, 1),
                        clamp(rng.gauss(loudness, 1.2), -20, -2),
                        max(90, rng.gauss(duration, 25)),
                    ))
            entries.sort(key=lambda e: -e[0])
            for rank, e in enumerate(entries, start=1):
                yield (f"{country},{date},{rank},{int(e[0])},{e[1]},{e[2]:.1f},{e[3]},{e[4]},"
                       f"{e[5]:.3f},{e[6]:.3f},{e[7]:.3f},{e[8]:.2f},{int(e[9] * 1000)}")


def generate():
    rng = random.Random(SEED)
    out = io.StringIO()
    out.write("country,date,rank,streams,genre,tempo,key,mode,energy,danceability,valence,"
              "loudness,duration_ms\n")
    for line in rows(rng):
        out.write(line + "\n")
    return out.getvalue().encode("utf-8")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "core", "services", "resources", "sample",
                           "sample-trends.csv.qz")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=default, help="the qCompress'd resource to write")
    parser.add_argument("--csv", help="also write the plain CSV here")
    args = parser.parse_args()
    data = generate()
    if args.csv:
        with open(args.csv, "wb") as f:
            f.write(data)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "wb") as f:
        f.write(struct.pack(">I", len(data)) + zlib.compress(data, 9))
    lines = data.count(b"\n") - 1
    print(f"{lines} rows, {len(data)} bytes CSV, "
          f"{os.path.getsize(args.output)} bytes compressed -> {os.path.normpath(args.output)}")


if __name__ == "__main__":
    main()
