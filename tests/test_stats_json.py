"""`jobdesk stats --json` as an interface: every field on a fixed search, worked out by hand.

Thirteen applications entered through the app's own services into a real data folder. Today
is 20 Nov 2026 and the no-response period is 30 days (the default), so an application sent
on or before 21 Oct is old enough to judge and one sent after it is too early. Each figure
below carries its working; docs/stats-json.md describes each field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from peewee import SqliteDatabase

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Channel, Stage
from jobdesk.domain.experiments import Dimension
from jobdesk.domain.settings import NO_RESPONSE_DAYS
from jobdesk.domain.stats import fisher_exact, wilson_interval
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.stats_command import main
from jobdesk.store.tables import database

S = Stage
REF, DIRECT = Channel.REFERRAL, Channel.DIRECT


@pytest.fixture(autouse=True)
def restore_database(db: SqliteDatabase) -> Iterator[None]:
    """The command points the store at its own read-only connection; tests keep theirs."""
    yield
    database.initialize(db)


def d(text: str) -> date:
    return date.fromisoformat(f"2026-{text}")


class Search:
    """Logs each step on its own day, as a user would (a date typed in later is "entered
    after the fact" and kept out of the timings)."""

    def __init__(self, db: SqliteDatabase, paths: Paths) -> None:
        self.today = d("11-20")
        self.services = build_services(db, paths, today=lambda: self.today)
        self.pipeline = self.services.pipeline

    def add(self, applied: str, channel: Channel) -> int:
        self.today = d(applied)
        details = ApplicationDetails("Acme", "Engineer", d(applied), channel=channel)
        return self.pipeline.add(details).application_ids[0]

    def advance(self, app_id: int, *steps: tuple[Stage, str]) -> None:
        for stage, on in steps:
            self.today = d(on)
            self.pipeline.advance(app_id, stage)

    def close(self, on: str, action: Callable[[], object]) -> None:
        self.today = d(on)
        action()


def make_search(db: SqliteDatabase, paths: Paths) -> Services:
    s = Search(db, paths)
    p = s.pipeline
    one = s.add("09-01", REF)  # 1: all the way to an offer, still open
    s.advance(one, (S.RESPONDED, "09-03"), (S.SCREEN, "09-08"), (S.TECHNICAL, "09-15"))
    s.advance(one, (S.FINAL, "09-25"), (S.OFFER, "10-01"))
    two = s.add("09-02", DIRECT)  # 2: rejected after the technical round
    s.advance(two, (S.RESPONDED, "09-09"), (S.SCREEN, "09-12"), (S.TECHNICAL, "09-22"))
    s.close("09-30", lambda: p.reject(two))
    s.add("09-03", DIRECT)  # 3: no reply for 78 days: timed out
    four = s.add("09-04", DIRECT)  # 4: marked ghosted
    s.close("10-10", lambda: p.mark_ghosted(four))
    five = s.add("09-05", REF)  # 5: a reply, and it was a no
    s.close("09-07", lambda: p.reject(five, stage=S.APPLIED))
    six = s.add("09-06", DIRECT)  # 6: withdrawn before a reply
    s.close("09-20", lambda: p.withdraw(six))
    seven = s.add("10-05", REF)  # 7: open at the screen
    s.advance(seven, (S.RESPONDED, "10-07"), (S.SCREEN, "10-14"))
    s.add("10-21", DIRECT)  # 8: exactly 30 days: timed out
    # Too early from here on (sent after 21 Oct):
    s.advance(s.add("10-22", DIRECT), (S.RESPONDED, "10-25"))  # 9: replied
    s.add("11-02", DIRECT)  # 10: waiting
    s.advance(s.add("11-10", REF), (S.RESPONDED, "11-12"))  # 11: replied
    twelve = s.add("11-16", DIRECT)  # 12: withdrawn
    s.close("11-17", lambda: p.withdraw(twelve))
    s.add("11-01", DIRECT)  # 13: waiting
    s.today = d("11-20")
    return s.services


def stats(capsys: pytest.CaptureFixture[str], paths: Paths, *args: str) -> dict[str, object]:
    code = main(["--json", "--today", "2026-11-20", "--data-dir", str(paths.data_dir), *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    found = json.loads(captured.out)
    assert isinstance(found, dict)
    return found


def interval(successes: int, n: int) -> list[float]:
    # The Wilson interval, checked against published values in tests/domain/test_stats.py.
    return list(wilson_interval(successes, n))


def step(
    start: str,
    end: str,
    label: str,
    reached: int,
    moved_on: int,
    resolved: int,
    pending: int,
    withdrawn: int,
    too_early: tuple[int, int],
    ended: tuple[int, int, int],
    enough: bool,
    more_needed: int,
    status: str,
    reference: float,
) -> dict[str, object]:
    return {
        "from": start,
        "to": end,
        "label": label,
        "reached": reached,
        "moved_on": moved_on,
        "resolved": resolved,
        "pending": pending,
        "withdrawn": withdrawn,
        "too_early": too_early[0],
        "too_early_moved_on": too_early[1],
        "rate": moved_on / resolved,
        "interval": interval(moved_on, resolved),
        "enough_data": enough,
        "more_needed": more_needed,
        "early": False,
        "status": status,
        "ended": {"rejected": ended[0], "ghosted": ended[1], "timed_out": ended[2]},
        "reference": reference,
    }


def test_every_field_worked_out_by_hand(
    capsys: pytest.CaptureFixture[str], db: SqliteDatabase, paths: Paths
) -> None:
    make_search(db, paths)
    found = stats(capsys, paths)
    expected = {
        "schema": 2,
        "data": str(paths.data_dir),
        "today": "2026-11-20",
        "range": {"label": "All dates", "from": None, "to": None},
        "applications": 13,
        "counting": {
            "no_response_days": 30,
            "too_early_after": "2026-10-21",  # 20 Nov − 30 days
            "min_sample": 5,
            "references": {  # the default reference rates
                "Application → response": 0.2,
                "Response → screen": 0.5,
                "Screen → technical": 0.5,
                "Technical → final round": 0.6,
                "Final round → offer": 0.33,
            },
            "no_response_days_from": "setting",
        },
        "funnel": [
            # Reached: all 13. Old enough (1–8): 1 2 5 7 replied (5 by a rejection); 3 and 8
            # timed out, 4 was marked ghosted: 4 of 7 (57%, interval ≈ 25–84%). 6 and 12
            # withdrew. Too early: 9 10 11 13, of which 9 and 11 have replied.
            # 4 + 3 + 0 pending + 2 withdrawn + 4 too early = 13.
            step("applied", "responded", "Application → response", 13, 4, 7, 0, 2, (4, 2),
                 (0, 1, 2), True, 0, "rate", 0.2),
            # Reached: 1 2 5 7 9 11. Screens: 1 2 7; 5 was rejected; 9 and 11 are open:
            # 3 of 4, one short of the minimum sample of 5.
            step("responded", "screen", "Response → screen", 6, 3, 4, 2, 0, (0, 0),
                 (1, 0, 0), False, 1, "not_enough_data", 0.5),
            # Reached: 1 2 7. Technical: 1 and 2; 7 is open: 2 of 2.
            step("screen", "technical", "Screen → technical", 3, 2, 2, 1, 0, (0, 0),
                 (0, 0, 0), False, 3, "not_enough_data", 0.5),
            # Reached: 1 2. Final: 1; 2 was rejected there: 1 of 2.
            step("technical", "final", "Technical → final round", 2, 1, 2, 0, 0, (0, 0),
                 (1, 0, 0), False, 3, "not_enough_data", 0.6),
            # Reached: 1, which has its offer: 1 of 1.
            step("final", "offer", "Final round → offer", 1, 1, 1, 0, 0, (0, 0),
                 (0, 0, 0), False, 4, "not_enough_data", 0.33),
        ],
        # Only application → response has enough data, and 57% is above its 20%.
        "leaking_stage": None,
        "leak_message": "No step is below its reference rate. Too little data yet to judge: "
        "Response → screen, Screen → technical, Technical → final round, Final round → offer.",
        "time_in_stage": [
            # First replies after 2 2 2 2 days (1 5 7 11), 3 (9) and 7 (2). Still waiting:
            # 10 (18 days), 13 (19), 8 (30), 4 (77, marked ghosted), 3 (78); 6 and 12 withdrew.
            # Kaplan–Meier over 11: at 2, 4 of 11 → 7/11; at 3, 1 of 7 → 6/11 (55%); at 7,
            # 1 of 6 → 5/11 (45%): the median is 7 days.
            {"from": "applied", "to": "responded", "label": "Application → response",
             "median_days": 7, "median_known": True, "moved_on": 6, "still_waiting": 5,
             "share_still_waiting": 5 / 11, "left_out": 0},
            # Screens after 3 (2), 5 (1) and 7 (7) days; 11 has waited 8 and 9 has waited 26
            # since their replies; 5 was rejected. At 3: 4/5; at 5: 3/5; at 7: 2/5 → 7.
            {"from": "responded", "to": "screen", "label": "Response → screen",
             "median_days": 7, "median_known": True, "moved_on": 3, "still_waiting": 2,
             "share_still_waiting": 2 / 5, "left_out": 0},
            # Technical after 7 (1) and 10 (2) days; 7 has waited 37. At 7: 2/3; at 10: 1/3.
            {"from": "screen", "to": "technical", "label": "Screen → technical",
             "median_days": 10, "median_known": True, "moved_on": 2, "still_waiting": 1,
             "share_still_waiting": 1 / 3, "left_out": 0},
            # Final after 10 days (1); 2 was rejected at the technical round.
            {"from": "technical", "to": "final", "label": "Technical → final round",
             "median_days": 10, "median_known": True, "moved_on": 1, "still_waiting": 0,
             "share_still_waiting": 0.0, "left_out": 0},
            # The offer 6 days after the final round (25 Sep → 1 Oct).
            {"from": "final", "to": "offer", "label": "Final round → offer",
             "median_days": 6, "median_known": True, "moved_on": 1, "still_waiting": 0,
             "share_still_waiting": 0.0, "left_out": 0},
        ],
        "experiments": [
            {
                "dimension": "channel",
                "dimension_label": "Channel",
                "metric": "response",
                "metric_label": "Response rate",
                "values": [
                    # Direct: 2 3 4 6 8 9 10 12 13. Old enough: 2 replied, 3 8 timed out, 4
                    # ghosted: 1 of 4; 6 and 12 withdrew; 9 10 13 are too early (9 replied).
                    {"value": "direct", "label": "Direct", "applications": 9,
                     "moved_on": 1, "resolved": 4, "pending": 0, "withdrawn": 2,
                     "too_early": 3, "too_early_moved_on": 1, "rate": 0.25,
                     "interval": interval(1, 4), "enough_data": False, "more_needed": 1,
                     "early": False, "status": "not_enough_data"},
                    # Referral: 1 5 7 11. Old enough: all three replied; 11 is too early and
                    # has replied.
                    {"value": "referral", "label": "Referral", "applications": 4,
                     "moved_on": 3, "resolved": 3, "pending": 0, "withdrawn": 0,
                     "too_early": 1, "too_early_moved_on": 1, "rate": 1.0,
                     "interval": interval(3, 3), "enough_data": False, "more_needed": 2,
                     "early": False, "status": "not_enough_data"},
                ],
                # Neither has 5 resolved, so the best (referral) against the other waits.
                "comparison": {
                    "first": "referral",
                    "second": "direct",
                    "p_value": None,
                    "more_each": None,
                    "verdict": "Not enough data yet to compare: referrals (2 more resolved "
                    "needed) and direct applications (1 more resolved needed).",
                },
            }
        ],
        "overall": None,
        "patterns": [],  # no debriefs, reasons or feedback
        "improvements": [],
    }  # fmt: skip
    assert found == expected
    assert list(found) == list(expected)  # and in this order


def test_every_dimension_in_one_call(
    capsys: pytest.CaptureFixture[str], db: SqliteDatabase, paths: Paths
) -> None:
    make_search(db, paths)
    every = stats(capsys, paths, "--dimension", "all", "--metric", "interview")
    assert [e["dimension"] for e in every["experiments"]] == [d.value for d in Dimension]  # type: ignore[union-attr]
    for experiment in every["experiments"]:  # type: ignore[union-attr]
        alone = stats(
            capsys, paths, "--dimension", experiment["dimension"], "--metric", "interview"
        )
        assert alone["experiments"] == [experiment]
    resume = every["experiments"][0]  # type: ignore[index]
    # No resume variant recorded: one value. Application → screen, old enough only: 1 2 7
    # reached a screen, 3 4 8 had no reply, 5 was rejected at its reply: 3 of 7.
    (value,) = resume["values"]
    assert (value["label"], value["moved_on"], value["resolved"]) == ("Not recorded", 3, 7)
    assert (value["too_early"], value["too_early_moved_on"]) == (4, 0)
    assert resume["comparison"] is None  # nothing to compare it with
    code = main(["--demo", "--dimension", "all", "--compare", "a", "b"])
    assert code == 2
    assert "--compare needs one dimension" in capsys.readouterr().err


def test_no_response_days_for_one_run_leaves_the_setting(
    capsys: pytest.CaptureFixture[str], db: SqliteDatabase, paths: Paths
) -> None:
    services = make_search(db, paths)
    found = stats(capsys, paths, "--no-response-days", "60")
    counting = found["counting"]
    assert isinstance(counting, dict)
    assert (counting["no_response_days"], counting["too_early_after"]) == (60, "2026-09-21")
    assert counting["no_response_days_from"] == "command line"
    first = found["funnel"][0]  # type: ignore[index]
    # Old enough at 60 days (sent by 21 Sep): 1 2 3 4 5 6. Replied 1 2 5; 3 timed out, 4
    # ghosted; 6 withdrew. Too early: 7 8 9 10 11 13 (12 withdrew), of which 7 9 11 replied.
    assert (first["moved_on"], first["resolved"], first["withdrawn"]) == (3, 5, 2)
    assert (first["too_early"], first["too_early_moved_on"]) == (6, 3)
    assert services.settings.get(NO_RESPONSE_DAYS) == 30  # never written
    assert stats(capsys, paths)["counting"]["no_response_days"] == 30  # type: ignore[index]


def test_full_precision_survives(
    capsys: pytest.CaptureFixture[str], db: SqliteDatabase, paths: Paths
) -> None:
    # 40 referrals that all replied against 40 direct applications that never did, sent
    # long enough ago: Fisher's p is 2 / C(80, 40) ≈ 1.9e-23, which 4 decimals made 0.0.
    s = Search(db, paths)
    for _ in range(40):
        s.advance(s.add("08-01", REF), (S.RESPONDED, "08-05"))
        s.add("08-01", DIRECT)
    found = stats(capsys, paths, "--compare", "referral", "direct")
    p_value = found["experiments"][0]["comparison"]["p_value"]  # type: ignore[index]
    assert p_value == fisher_exact(40, 0, 0, 40)
    assert 1.8e-23 < p_value < 1.9e-23
    first = found["funnel"][0]  # type: ignore[index]
    assert first["interval"] == interval(40, 80)  # every digit of the floats


def test_a_recent_range_is_too_early_beside_all_dates(
    capsys: pytest.CaptureFixture[str], db: SqliteDatabase, paths: Paths
) -> None:
    make_search(db, paths)
    everything = stats(capsys, paths)
    recent = stats(capsys, paths, "--last", "30")
    assert recent["range"] == {"label": "Last 30 days", "from": "2026-10-22", "to": "2026-11-20"}
    assert recent["applications"] == 5  # 9 10 11 12 13, every one sent under 30 days ago
    first = recent["funnel"][0]  # type: ignore[index]
    # Nothing old enough: no rate at all. 12 withdrew; 9 and 11 of the other four replied.
    assert first == {
        "from": "applied",
        "to": "responded",
        "label": "Application → response",
        "reached": 5,
        "moved_on": 0,
        "resolved": 0,
        "pending": 0,
        "withdrawn": 1,
        "too_early": 4,
        "too_early_moved_on": 2,
        "rate": None,
        "interval": [0.0, 1.0],
        "enough_data": False,
        "more_needed": 5,
        "early": False,
        "status": "too_early",
        "ended": {"rejected": 0, "ghosted": 0, "timed_out": 0},
        "reference": 0.2,
    }
    assert recent["leaking_stage"] is None
    assert str(recent["leak_message"]).endswith(
        "Too recent to judge: Application → response (none of them is old enough yet)."
    )
    overall = recent["overall"]
    assert isinstance(overall, dict)
    assert overall["applications"] == 13
    for field in ("funnel", "leaking_stage", "leak_message", "time_in_stage"):
        assert overall[field] == everything[field]
    (experiment,) = recent["experiments"]  # type: ignore[misc]
    direct, referral = experiment["values"]
    # Direct in range: 9 10 12 13 (12 withdrew; 9 replied). Referral: 11, which replied.
    assert (direct["applications"], direct["too_early"], direct["too_early_moved_on"]) == (4, 3, 1)
    assert (referral["applications"], referral["too_early"]) == (1, 1)
    whole = everything["experiments"][0]["values"]  # type: ignore[index]
    assert direct["all_dates"] == {k: v for k, v in whole[0].items() if k not in VALUE_KEYS}
    assert referral["all_dates"] == {k: v for k, v in whole[1].items() if k not in VALUE_KEYS}


VALUE_KEYS = ("value", "label", "applications")
