import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isFinished, isJob, jobError, useJob, type Job } from '../../../lib/jobs';
import { previewLedger } from '../api/preview-ledger';
import { runLedgerImport } from '../api/run-ledger-import';
import { NAME_QUERY_KEYS } from '../api/name-choices';
import type { LedgerFieldCode, LedgerPreview, LedgerReport, LedgerRequest, NameKind } from '../api/types';
import { changesNames, detectedMapping, type Mapping } from '../lib/mapping';
import { nameKey, toResolutions, type NameChoice, type NameChoices } from '../lib/resolutions';

/** 0 upload, 1 detection and mapping, 2 check, 3 import. */
export type WizardStep = 0 | 1 | 2 | 3;

/** A job followed to its report: running, failed (a refusal or a FAILED job) or answered. */
export interface FollowedJob {
  working: boolean;
  failure: unknown;
  report?: LedgerReport;
  job?: Job<LedgerReport>;
}

function useFollowedJob(id: string | undefined, startError: unknown, starting: boolean): FollowedJob {
  const job = useJob<LedgerReport>(id);
  const failure = startError ?? job.error ?? (job.data?.state === 'FAILED' ? jobError(job.data) : null);
  return {
    working: starting || Boolean(id && !isFinished(job.data) && !job.isError),
    failure,
    report: id && job.data?.state === 'SUCCEEDED' ? job.data.result : undefined,
    job: job.data,
  };
}

/** The ledger import wizard's state: the file and what the server saw in it, the user's choices, and the two jobs. */
export function useLedgerWizard() {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<WizardStep>(0);
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<LedgerPreview>();
  const [mapping, setMapping] = useState<Mapping>({});
  const [month, setMonthValue] = useState<string>();
  const [monthEdited, setMonthEdited] = useState(false);
  const [choices, setChoices] = useState<NameChoices>({});
  const [checked, setChecked] = useState<LedgerRequest>();
  const [checkJobId, setCheckJobId] = useState<string>();
  const [applyJobId, setApplyJobId] = useState<string>();

  const read = useMutation({
    mutationFn: previewLedger,
    onSuccess: (answer) => {
      setPreview(answer);
      setMapping(detectedMapping(answer.columns));
      setMonthValue(answer.month);
      setMonthEdited(false);
      setChoices({});
      setStep(1);
    },
  });
  const start = useMutation({
    mutationFn: ({ request, dryRun }: { request: LedgerRequest; dryRun: boolean }) => runLedgerImport(request, dryRun),
    onSuccess: (answer, { dryRun }) => {
      if (!isJob(answer)) return;
      queryClient.setQueryData(['jobs', answer.id], answer);
      (dryRun ? setCheckJobId : setApplyJobId)(answer.id);
    },
  });
  const startingCheck = start.isPending && start.variables?.dryRun === true;
  const startingApply = start.isPending && start.variables?.dryRun === false;
  const check = useFollowedJob(checkJobId, start.variables?.dryRun === true ? start.error : null, startingCheck);
  const apply = useFollowedJob(applyJobId, start.variables?.dryRun === false ? start.error : null, startingApply);

  // Once per applied report: the lists, the cockpit and any record the import created.
  useEffect(() => {
    if (apply.report?.status !== 'APPLIED') return;
    for (const queryKey of [['projects'], ['cockpit'], ...NAME_QUERY_KEYS])
      void queryClient.invalidateQueries({ queryKey });
  }, [apply.report, queryClient]);

  const request = (): LedgerRequest | undefined =>
    file && preview && month
      ? { file, month, options: { sheet: preview.sheet, mapping, resolutions: toResolutions(choices) } }
      : undefined;

  const runCheck = () => {
    const next = request();
    if (!next) return;
    setChecked(next);
    setCheckJobId(undefined);
    setApplyJobId(undefined);
    start.reset();
    setStep(2);
    start.mutate({ request: next, dryRun: true });
  };

  const reset = () => {
    setStep(0);
    setFile(undefined);
    setPreview(undefined);
    setMapping({});
    setMonthValue(undefined);
    setMonthEdited(false);
    setChoices({});
    setChecked(undefined);
    setCheckJobId(undefined);
    setApplyJobId(undefined);
    read.reset();
    start.reset();
  };

  return {
    step,
    file,
    preview,
    mapping,
    month,
    monthEdited,
    choices,
    checked,
    check,
    apply,
    reading: read.isPending,
    readError: read.error,
    /** A file chosen: read it. */
    choose: (chosen: File) => {
      setFile(chosen);
      read.mutate({ file: chosen });
    },
    /** Look at another sheet of the same file. */
    chooseSheet: (sheet: string) => file && read.mutate({ file, sheet }),
    mapColumn: (index: number, field: LedgerFieldCode | null) => {
      if (changesNames(mapping[String(index)], field)) setChoices({});
      setMapping((current) => ({ ...current, [String(index)]: field }));
    },
    setMonth: (value: string) => {
      setMonthValue(value);
      setMonthEdited(true);
    },
    chooseFor: (kind: NameKind, name: string, choice: NameChoice) =>
      setChoices((current) => ({ ...current, [nameKey(kind, name)]: choice })),
    /** Check (again): the file, month, mapping and every choice so far; nothing is written. */
    runCheck,
    /** Import exactly what was last checked. */
    runApply: () => {
      if (!checked) return;
      setApplyJobId(undefined);
      start.reset();
      setStep(3);
      start.mutate({ request: checked, dryRun: false });
    },
    backToMapping: () => {
      setCheckJobId(undefined);
      setApplyJobId(undefined);
      start.reset();
      setStep(1);
    },
    reset,
  };
}
