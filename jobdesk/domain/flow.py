"""The flow chart: every application followed from `applied` to where it stopped (a Sankey).

Counted per application, never per event: an application flows through each
stage it reached and then into exactly one end node (how it stands today, by
the funnel's rules), so every stage node passes on exactly what it receives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Stage
from jobdesk.domain.funnel import ENDS, STAGES, End, Tally, Tracks, tracks_of

_AFTER = {
    Stage.APPLIED: "applying",
    Stage.RESPONDED: "a reply",
    Stage.SCREEN: "the screen",
    Stage.TECHNICAL: "the technical round",
    Stage.FINAL: "the final round",
    Stage.OFFER: "the offer",
}

# Colours for the chart and for SankeyMATIC, by what the flow means.
STAGE_COLOUR = "#5b7fa6"
END_COLOURS = {
    End.PENDING: "#8fb3d9",
    End.REJECTED: "#c8553d",
    End.GHOSTED: "#9a9a9a",
    End.TIMED_OUT: "#9a9a9a",
    End.WITHDRAWN: "#d9a441",
    End.ACCEPTED: "#3f9c5a",
    End.DECLINED: "#7b6fb0",
}


# The stage an end node is named by, short, for the chart: "Rejected after technical".
_SHORT_AFTER = {
    Stage.RESPONDED: "a reply",
    Stage.SCREEN: "screen",
    Stage.TECHNICAL: "technical",
    Stage.FINAL: "final round",
}

# One word for silence in the flow, whether marked ghosted or timed out.
NO_RESPONSE = "No response"


def end_node_label(stage: Stage, end: End) -> str:
    """The name of the node where applications that stopped at `stage` with `end` land,
    named by that stage: "Rejected after the technical round"."""
    return _end_label(stage, end, _AFTER)


def short_label(stage: Stage, end: End) -> str:
    """The end node's name on the chart, beside the stage it ended at, still naming it:
    "Rejected after technical"."""
    return _end_label(stage, end, _SHORT_AFTER)


def _end_label(stage: Stage, end: End, after_names: dict[Stage, str]) -> str:
    if stage is Stage.APPLIED:
        return {End.PENDING: "Awaiting a reply", End.WITHDRAWN: "Withdrawn before a reply"}.get(
            end,
            NO_RESPONSE,  # marked ghosted or timed out: the same thing to the chart
        )
    if end is End.ACCEPTED:
        return "Offer accepted"
    if end is End.DECLINED:
        return "Offer declined"
    if stage is Stage.OFFER:
        return {
            End.PENDING: "Offer open",
            End.REJECTED: "Offer taken back",
            End.WITHDRAWN: "Withdrawn at the offer",
        }.get(end, f"{NO_RESPONSE} after the offer")
    after = after_names.get(stage, _AFTER[stage])
    return {
        End.PENDING: f"Open after {after}",
        End.REJECTED: f"Rejected after {after}",
        End.WITHDRAWN: f"Withdrawn after {after}",
    }.get(end, f"{NO_RESPONSE} after {after}")


@dataclass(frozen=True)
class FlowNode:
    label: str  # unique; names the node in SankeyMATIC and tables
    column: int  # 0 = applied; an end node sits one column right of the stage it ended at
    count: int
    stage: Stage | None  # set for stage nodes
    end: End | None  # set for end nodes
    short: str = ""  # the name on the chart, beside the stage it ended at

    @property
    def colour(self) -> str:
        return STAGE_COLOUR if self.end is None else END_COLOURS[self.end]


@dataclass(frozen=True)
class FlowLink:
    source: str
    target: str
    count: int
    colour: str


@dataclass(frozen=True)
class Flow:
    total: int
    nodes: tuple[FlowNode, ...]  # stage nodes first; only nodes with applications
    links: tuple[FlowLink, ...]  # only links with applications

    def node(self, label: str) -> FlowNode:
        for node in self.nodes:
            if node.label == label:
                return node
        raise KeyError(label)

    def inflow(self, label: str) -> int:
        return sum(link.count for link in self.links if link.target == label)

    def outflow(self, label: str) -> int:
        return sum(link.count for link in self.links if link.source == label)


def flow(items: Tracks, today: date, no_response_days: int, breaks: Sequence[Break] = ()) -> Flow:
    """The flow of `items` (applications or tracks) as counted today."""
    return flow_of(Tally.of(tracks_of(items), today, no_response_days, breaks))


def flow_of(tally: Tally) -> Flow:
    nodes: list[FlowNode] = []
    links: list[FlowLink] = []
    ends: dict[str, FlowNode] = {}
    for stage in STAGES:
        reached = tally.reached(stage)
        if reached == 0:
            continue
        nodes.append(FlowNode(stage.label, stage.rank, reached, stage, None, stage.label))
        following = stage.next()
        if following is not None and tally.reached(following):
            links.append(
                FlowLink(stage.label, following.label, tally.reached(following), STAGE_COLOUR)
            )
        for end in ENDS:
            count = tally.at(stage, end)
            if not count:
                continue
            label = end_node_label(stage, end)
            known = ends.get(label)
            total = count + (known.count if known else 0)
            ends[label] = FlowNode(label, stage.rank + 1, total, None, end, short_label(stage, end))
            links.append(FlowLink(stage.label, label, count, END_COLOURS[end]))
    return Flow(tally.total, (*nodes, *ends.values()), _merged(links))


def _merged(links: list[FlowLink]) -> tuple[FlowLink, ...]:
    """One link per source and target (ghosted and timed out share a node)."""
    merged: dict[tuple[str, str], FlowLink] = {}
    for link in links:
        key = (link.source, link.target)
        if key in merged:
            old = merged[key]
            link = FlowLink(link.source, link.target, old.count + link.count, old.colour)
        merged[key] = link
    return tuple(merged.values())


def sankeymatic(f: Flow, title: str = "") -> str:
    """The flow as SankeyMATIC input ("Source [amount] Target #colour"), one line per link."""
    lines = [f"// {title or 'Job search flow'}: {f.total} applications, from jobdesk"]
    lines += [f"{link.source} [{link.count}] {link.target} {link.colour}" for link in f.links]
    return "\n".join(lines) + "\n"
