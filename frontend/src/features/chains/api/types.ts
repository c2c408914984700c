import type { Schemas, Sent } from '../../../types/api';

export type Segment = Schemas['ChainSegment'];
export const SEGMENTS = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const satisfies readonly Segment[];

export type Coverage = Schemas['Coverage'];
export const COVERAGES = ['GAP', 'EXTEND', 'WEAK', 'COVERED'] as const satisfies readonly Coverage[];

export type LinkRole = Schemas['ChainRole'];
export const LINK_ROLES = ['LOCAL', 'TARGET'] as const satisfies readonly LinkRole[];

export type IndustryRef = Schemas['IndustryRef'];
/** A chain as the list shows it, with how many of its nodes are gaps, to extend, weak or covered. */
export type ChainSummary = Schemas['ListItem'];
export type ChainNode = Schemas['Node'];
export type ChainEdge = Schemas['Edge'];
export type Chain = Schemas['ChainDetail'];
export type UnitRef = Schemas['UnitRef'];
/** A firm linked to a node. */
export type NodeFirm = Schemas['Firm'];
export type ReasonKind = Schemas['ReasonKind'];
/** Why a candidate scores what it does; the UI words it. */
export type Reason = Schemas['Reason'];
export type Candidate = Schemas['Target'];
export type NodeProject = Schemas['ProjectRef'];
export type NodeDetail = Schemas['NodeDetail'];
/** Where a firm sits on the chains. */
export type ChainLink = Schemas['Placement'];
export type ChainInput = Schemas['ChainRequest'];
export type GraphNodeInput = Sent<Schemas['NodeRequest'], 'key' | 'name' | 'segment'>;
/** The editor sends the whole graph, every node and edge. */
export type GraphInput = Sent<Omit<Schemas['GraphRequest'], 'nodes'>, 'edges'> & { nodes: GraphNodeInput[] };
