"""Events: who did what to whom, where and when.

Takes a spaCy `Doc`, its `Entities`, roles and statements; gives `Event` records, each with its
trigger mentions (verbs, event nouns, adjectives), type, polarity, modality, participants (agents
and patients, entities of the article), place and date, and confidence. A statement's cue is a
statement, never an event.
"""
from __future__ import annotations

from .mentions import Event, extract_events
from .participants import Participant
from .triggers import Trigger

__all__ = ["Event", "Participant", "Trigger", "extract_events"]
