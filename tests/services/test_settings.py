"""Settings: typed, bounded, defaulted, and kept in the database."""

from __future__ import annotations

import sqlite3

import pytest
from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.domain.settings import MIN_SAMPLE, MY_NAME, NO_RESPONSE_DAYS, all_settings
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services
from jobdesk.store import settings as store


def test_defaults_until_set_then_the_stored_value(services: Services) -> None:
    settings = services.settings
    assert settings.get(NO_RESPONSE_DAYS) == 30
    assert settings.get(MIN_SAMPLE) == 5
    settings.set(NO_RESPONSE_DAYS, 45)
    settings.set(MY_NAME, "Ada Lovelace")
    assert settings.get(NO_RESPONSE_DAYS) == 45
    assert settings.get(MY_NAME) == "Ada Lovelace"
    settings.reset(NO_RESPONSE_DAYS)
    assert settings.get(NO_RESPONSE_DAYS) == 30


@pytest.mark.parametrize("value", [0, 366, "30", True, 2.5])
def test_out_of_range_or_wrong_type_is_refused(services: Services, value: object) -> None:
    with pytest.raises(UserError, match="No-response period"):
        services.settings.set(NO_RESPONSE_DAYS, value)  # type: ignore[arg-type]
    assert services.settings.get(NO_RESPONSE_DAYS) == 30


def test_a_broken_stored_value_falls_back_to_the_default(services: Services) -> None:
    store.write(NO_RESPONSE_DAYS.key, "thirty")
    assert services.settings.get(NO_RESPONSE_DAYS) == 30


def test_every_setting_is_declared_once_with_a_valid_default() -> None:
    keys = [s.key for s in all_settings()]
    assert len(keys) == len(set(keys)) >= 5
    for setting in all_settings():
        assert setting.check(setting.default) == setting.default
        assert setting.label and setting.help


def test_set_many_saves_all_or_nothing(services: Services) -> None:
    settings = services.settings
    settings.set_many({NO_RESPONSE_DAYS: 45, MIN_SAMPLE: 8})
    assert (settings.get(NO_RESPONSE_DAYS), settings.get(MIN_SAMPLE)) == (45, 8)
    with pytest.raises(UserError, match="Minimum sample must be at least 1"):
        settings.set_many({NO_RESPONSE_DAYS: 20, MIN_SAMPLE: 0})
    assert (settings.get(NO_RESPONSE_DAYS), settings.get(MIN_SAMPLE)) == (45, 8)


def test_settings_are_read_once_and_again_after_another_programs_write(
    services: Services, paths: Paths, db: SqliteDatabase
) -> None:
    settings = services.settings
    settings.set(NO_RESPONSE_DAYS, 45)
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        assert [settings.get(NO_RESPONSE_DAYS) for _ in range(5)] == [45] * 5
    finally:
        db.connection().set_trace_callback(None)
    assert len([s for s in statements if "FROM setting" in s]) == 1  # one read for all five
    other = sqlite3.connect(paths.database)
    with other:
        other.execute("UPDATE setting SET value = '21' WHERE key = ?", (NO_RESPONSE_DAYS.key,))
    other.close()
    assert settings.get(NO_RESPONSE_DAYS) == 21


def test_settings_and_templates_changes_are_undone_and_redone(services: Services) -> None:
    pipeline, feedback = services.pipeline, services.feedback
    services.settings.set(NO_RESPONSE_DAYS, 45)
    assert pipeline.undo_text() == f"Set {NO_RESPONSE_DAYS.label.lower()}"
    pipeline.undo()
    assert services.settings.get(NO_RESPONSE_DAYS) == 30
    pipeline.redo()
    assert services.settings.get(NO_RESPONSE_DAYS) == 45

    feedback.add_template("Short thanks", "Thanks", "Thank you, $company.")
    assert pipeline.undo_text() == "Add the template “Short thanks”"
    pipeline.undo()
    assert [t.name for t in feedback.templates() if not t.builtin] == []
    pipeline.redo()
    key = feedback.key_of("Short thanks")
    assert key is not None
    feedback.delete_template(key)
    pipeline.undo()
    assert feedback.template(key).body == "Thank you, $company.\n"

    feedback.add_theme("Whiteboard nerves")
    pipeline.undo()
    assert "Whiteboard nerves" not in feedback.themes()
    pipeline.redo()
    assert "Whiteboard nerves" in feedback.themes()
