import type { Chain, ChainNode, ChainSummary, NodeDetail } from './api/types';

/** Test data of the chain map (names in pinyin: no Chinese literals in code). */

const node = (
  id: number,
  name: string,
  segment: ChainNode['segment'],
  sortOrder: number,
  coverage: ChainNode['coverage'],
  local = 0,
): ChainNode => ({
  id,
  name,
  segment,
  sortOrder,
  description: null,
  localCount: local,
  leaderCount: coverage === 'COVERED' ? 1 : 0,
  targetCount: 2,
  projectCount: 1,
  coverage,
});

export const NODES: ChainNode[] = [
  node(11, 'Xitu yuanliao', 'UPSTREAM', 1, 'COVERED', 2),
  node(12, 'Huagong zhongjianti', 'UPSTREAM', 2, 'WEAK', 1),
  node(21, 'Gaoxingneng xianwei', 'MIDSTREAM', 1, 'EXTEND'),
  node(31, 'Hangkong hangtian', 'DOWNSTREAM', 1, 'GAP'),
];

export const CHAIN: Chain = {
  id: 5,
  name: 'Xinxing gongneng cailiao',
  industry: { id: 1, name: 'New materials' },
  description: null,
  sortOrder: 1,
  version: 7,
  nodes: NODES,
  edges: [
    { from: 11, to: 21 },
    { from: 12, to: 21 },
    { from: 21, to: 31 },
  ],
  summary: { nodes: 4, gaps: 1, extend: 1, weak: 1, covered: 1 },
};

export const CHAIN_SUMMARY: ChainSummary = {
  id: 5,
  name: CHAIN.name,
  industry: CHAIN.industry,
  description: null,
  sortOrder: 1,
  version: 7,
  nodeCount: 4,
  gapCount: 1,
  extendCount: 1,
  weakCount: 1,
  coveredCount: 1,
};

export const GAP_NODE: NodeDetail = {
  node: NODES[3],
  locals: [],
  targets: [
    {
      id: 301,
      name: 'Zhonghang jituan',
      creditCode: '91350100M000100Y43',
      tags: [{ tag: 'CHAIN_LEADER', listYear: 2024 }],
      status: 'FOLLOWING',
      registeredCapital: 52000,
      ownerUnit: { id: 1, code: 'WYS', name: 'Wuyingshan' },
      linkedAt: '2026-03-01T08:00:00Z',
      linkedBy: 'officer',
      note: null,
      score: 84,
      reasons: [
        { kind: 'TAG', points: 30, tag: 'CHAIN_LEADER' },
        { kind: 'CAPITAL', points: 25, amount: 52000 },
        { kind: 'VISITS', points: 18, count: 3 },
        { kind: 'OPEN_LEAD', points: 6 },
        { kind: 'FOLLOWING', points: 5 },
      ],
    },
    {
      id: 302,
      name: 'Qilu hangke',
      creditCode: null,
      tags: [],
      status: 'POOL',
      registeredCapital: 3000,
      ownerUnit: { id: 2, code: 'TZCJJ', name: 'Touzi cujinju' },
      linkedAt: null,
      linkedBy: null,
      note: null,
      score: 10,
      reasons: [{ kind: 'CAPITAL', points: 10, amount: 3000 }],
    },
  ],
  projects: [
    {
      id: 77,
      name: 'Hangkong cailiao xiangmu',
      stage: 'NEGOTIATING',
      unit: { id: 1, code: 'WYS', name: 'Wuyingshan' },
      totalInvestment: 50000,
    },
  ],
};
