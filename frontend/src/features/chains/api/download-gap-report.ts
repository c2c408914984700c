import { fetchFile } from '../../../lib/download';

/** The gap report of a chain as .xlsx. */
export const gapReportUrl = (chainId: number) => `/api/chains/${chainId}/gaps.xlsx`;

export const downloadGapReport = (chainId: number) =>
  fetchFile(
    gapReportUrl(chainId),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    `chain-${chainId}-gaps.xlsx`,
  );
