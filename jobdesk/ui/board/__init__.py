"""The Board tab: a column per stage and a card per application, dragged forward."""
