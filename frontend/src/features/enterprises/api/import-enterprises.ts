import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '../../../lib/api-client';

export interface ImportReport {
  status: 'REJECTED' | 'VALID' | 'APPLIED';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  applied: boolean;
  errors: { row: number; column: string; message: string }[];
}

export const importEnterprises = ({ file, dryRun }: { file: File; dryRun: boolean }) =>
  apiUpload<ImportReport>(`/api/enterprises/import?dryRun=${dryRun}`, file);

export const useImportEnterprises = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importEnterprises,
    onSuccess: (report) => {
      if (report.applied) void queryClient.invalidateQueries({ queryKey: ['enterprises'] });
    },
  });
};
