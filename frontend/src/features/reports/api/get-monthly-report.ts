import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MonthlyReport } from './types';

/** @param month YYYY-MM */
export const getMonthlyReport = (month: string) => api<MonthlyReport>(`/api/reports/monthly/${month}`);

export const monthlyReportKey = (month: string) => ['reports', 'monthly', month] as const;

export const useMonthlyReport = (month: string) =>
  useQuery({ queryKey: monthlyReportKey(month), queryFn: () => getMonthlyReport(month) });

export const monthlyReportExcelUrl = (month: string) => `/api/reports/monthly/${month}.xlsx`;
