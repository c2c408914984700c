import type { EnterpriseStatus, TagCode, TagView } from '../../enterprises/api/types';
import type { Stage } from '../../projects/api/types';

export const SEGMENTS = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const COVERAGES = ['GAP', 'EXTEND', 'WEAK', 'COVERED'] as const;
export type Coverage = (typeof COVERAGES)[number];

export const LINK_ROLES = ['LOCAL', 'TARGET'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export interface IndustryRef {
  id: number;
  name: string;
}

/** A chain as the list shows it, with how many of its nodes are gaps, to extend, weak or covered. */
export interface ChainSummary {
  id: number;
  name: string;
  industry: IndustryRef;
  description: string | null;
  sortOrder: number;
  version: number;
  nodeCount: number;
  gapCount: number;
  extendCount: number;
  weakCount: number;
  coveredCount: number;
}

export interface ChainNode {
  id: number;
  name: string;
  segment: Segment;
  sortOrder: number;
  description: string | null;
  localCount: number;
  leaderCount: number;
  targetCount: number;
  projectCount: number;
  coverage: Coverage;
}

export interface ChainEdge {
  from: number;
  to: number;
}

export interface Chain {
  id: number;
  name: string;
  industry: IndustryRef;
  description: string | null;
  sortOrder?: number;
  version: number;
  nodes: ChainNode[];
  edges: ChainEdge[];
  summary: { nodes: number; gaps: number; extend: number; weak: number; covered: number };
}

export interface UnitRef {
  id: number;
  code?: string;
  name: string;
}

/** A firm linked to a node. */
export interface NodeFirm {
  id: number;
  name: string;
  creditCode: string | null;
  tags: TagView[];
  status: EnterpriseStatus;
  /** 10k CNY */
  registeredCapital: number | null;
  ownerUnit: UnitRef | null;
  linkedAt: string | null;
  linkedBy: string | null;
  note: string | null;
}

export type ReasonKind = 'TAG' | 'CAPITAL' | 'VISITS' | 'OPEN_LEAD' | 'FOLLOWING';

/** Why a candidate scores what it does; the UI words it. */
export interface Reason {
  kind: ReasonKind;
  points: number;
  tag?: TagCode;
  /** 10k CNY (CAPITAL) */
  amount?: number;
  /** visits in the last 180 days (VISITS) */
  count?: number;
}

export interface Candidate extends NodeFirm {
  score: number;
  reasons: Reason[];
}

export interface NodeProject {
  id: number;
  name: string;
  stage: Stage;
  unit: UnitRef | null;
  /** 10k CNY */
  totalInvestment: number | null;
}

export interface NodeDetail {
  node: ChainNode;
  locals: NodeFirm[];
  targets: Candidate[];
  projects: NodeProject[];
}

/** Where a firm sits on the chains. */
export interface ChainLink {
  chainId: number;
  chainName: string;
  nodeId: number;
  nodeName: string;
  segment: Segment;
  role: LinkRole;
}

export interface ChainInput {
  industryId: number;
  name: string;
  description?: string | null;
  sortOrder?: number | null;
}

export interface GraphNodeInput {
  id?: number;
  key: string;
  name: string;
  segment: Segment;
  sortOrder?: number | null;
  description?: string | null;
}

export interface GraphInput {
  nodes: GraphNodeInput[];
  edges: { from: string; to: string }[];
}
