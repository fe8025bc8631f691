import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Diagnostic } from '../../geo/types.ts';
import { plural } from '../format.ts';
import { appStore } from '../store/app-store.ts';
import { selectViewingProject, type AddRun } from '../store/project-slice.ts';
import { useAppStore } from '../store/use-app-store.ts';
import type { AddSummary } from '../worker/geoparse-core.ts';
import './add-reports-panel.css';
import { REPORT_FILE_ACCEPT, toBlobInputs } from './route-dropped-files.ts';
import { UntrustedText } from './untrusted-text.tsx';

/** The header's button; opens the panel (and starts the place index download meanwhile). */
export function AddReportsButton() {
  const open = useAppStore((s) => s.addPanelOpen);
  return (
    <button
      type="button"
      className="button primary-action"
      aria-expanded={open}
      aria-controls="add-reports-panel"
      onClick={() => {
        appStore.getState().setAddPanelOpen(!open);
        if (!open) appStore.getState().warmReader();
      }}
    >
      Add reports
    </button>
  );
}

const MB = (n: number) => (n / 1e6).toFixed(1);

/** The run's progress in words and as a fraction for the bar (null: indeterminate). */
export function progressText(run: AddRun): { text: string; fraction: number | null } {
  const p = run.progress;
  if (!p) return { text: 'Starting the report reader…', fraction: null };
  switch (p.phase) {
    case 'gazetteer':
      return {
        text: `Loading the place index (${MB(p.loaded)}${p.total ? ` of ${MB(p.total)}` : ''} MB, once per visit)…`,
        fraction: p.total ? p.loaded / p.total : null,
      };
    case 'reading':
      return run.inputs === 1 && p.name === 'pasted text'
        ? { text: 'Reading the pasted report…', fraction: null }
        : { text: `Reading ${Math.min(p.done + 1, p.total).toLocaleString('en-GB')} of ${plural(p.total, 'file')}…`, fraction: p.done / p.total };
    case 'analysing':
      return { text: `Finding places and incidents: ${p.done.toLocaleString('en-GB')} of ${plural(p.total, 'report')}…`, fraction: p.total ? p.done / p.total : 1 };
    case 'saving':
      return { text: 'Saving in this browser…', fraction: 1 };
  }
}

/** "3 reports added, 4 new incidents, 1 joined an existing incident; 1 file could not be read". */
export function summaryText(s: AddSummary): string {
  const parts: string[] = [];
  if (s.reportsAdded > 0) {
    const first = [`${plural(s.reportsAdded, 'report')} added`, plural(s.newIncidents, 'new incident')];
    if (s.joined > 0) first.push(`${s.joined.toLocaleString('en-GB')} joined ${s.joined === 1 ? 'an existing incident' : 'existing incidents'}`);
    parts.push(first.join(', '));
    if (s.withoutIncident > 0) parts.push(`${plural(s.withoutIncident, 'report')} gave no incident to map (no place more precise than a country)`);
  } else parts.push('No report added');
  if (s.duplicates > 0) parts.push(`${plural(s.duplicates, 'report')} already in the project`);
  if (s.failed.length > 0) parts.push(`${plural(s.failed.length, 'file')} could not be read (listed below)`);
  return `${parts.join('; ')}.`;
}

function where(d: Diagnostic): string {
  // The readers' messages often name the place already ("line 2: not valid JSON").
  if (/^(line|element) \d/.test(d.message)) return '';
  if (d.line !== undefined) return `line ${d.line}`;
  if (d.element !== undefined) return `element ${d.element}`;
  return '';
}

const MAX_PROBLEMS = 60;

function Problems({ diagnostics }: { diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  const shown = diagnostics.slice(0, MAX_PROBLEMS);
  return (
    <div className="add-problems">
      <h3>Problems ({diagnostics.length.toLocaleString('en-GB')})</h3>
      <ul data-testid="add-problems">
        {shown.map((d, i) => (
          <li key={i} className={d.severity}>
            <span className="severity">{d.severity === 'error' ? 'Not read' : 'Note'}</span>{' '}
            <strong className="problem-source">
              <UntrustedText text={d.source} />
            </strong>
            {where(d) && <span className="problem-where"> ({where(d)})</span>}: <UntrustedText text={d.message} />
          </li>
        ))}
      </ul>
      {diagnostics.length > shown.length && <p className="muted">… and {plural(diagnostics.length - shown.length, 'more problem')}.</p>}
    </div>
  );
}

/** The incidents the new reports made or joined, to open on the map. */
function TouchedIncidents({ ids }: { ids: string[] }) {
  const incidents = useAppStore((s) => s.incidents);
  const found = ids.map((id) => incidents.find((f) => f.id === id)).filter((f) => f !== undefined).slice(0, 8);
  if (found.length === 0) return null;
  return (
    <ul className="touched-incidents" aria-label="Incidents from these reports">
      {found.map((f) => (
        <li key={f.id}>
          <button type="button" className="link-button" onClick={() => appStore.getState().select(f.id)}>
            <UntrustedText text={f.properties.title} />
          </button>
        </li>
      ))}
      {ids.length > found.length && <li className="muted">and {(ids.length - found.length).toLocaleString('en-GB')} more</li>}
    </ul>
  );
}

function RunStatus({ run }: { run: AddRun }) {
  if (run.status === 'running') {
    const { text, fraction } = progressText(run);
    return (
      <div className="add-status running" role="status" aria-live="polite" data-testid="add-status">
        <p>{text}</p>
        <progress max={1} value={fraction ?? undefined} aria-label="Progress" />
      </div>
    );
  }
  if (run.status === 'failed') {
    return (
      <div className="add-status failed" role="alert" data-testid="add-status">
        <p>{run.error}</p>
        <Problems diagnostics={run.diagnostics} />
      </div>
    );
  }
  const failed = run.summary?.failed ?? [];
  return (
    <div className={`add-status done${run.summary && run.summary.reportsAdded === 0 ? ' nothing' : ''}`} role="status" data-testid="add-status">
      {run.summary && <p className="add-summary">{summaryText(run.summary)}</p>}
      {run.summary && run.summary.incidentIds.length > 0 && <TouchedIncidents ids={run.summary.incidentIds} />}
      {failed.length > 0 && (
        <ul className="failed-files">
          {failed.map((f, i) => (
            <li key={i}>
              <strong>
                <UntrustedText text={f.name} />
              </strong>
              : <UntrustedText text={f.error} />
            </li>
          ))}
        </ul>
      )}
      <Problems diagnostics={run.diagnostics.filter((d) => !failed.some((f) => f.name === d.source && f.error === d.message))} />
    </div>
  );
}

function PasteForm({ busy }: { busy: boolean }) {
  const [text, setText] = useState('');
  const [outlet, setOutlet] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    await appStore.getState().addReports([{ kind: 'paste', text, outlet, title, date, url }]);
    // Cleared only when the report is in: a failure leaves the analyst's text to retry.
    const run = appStore.getState().addRun;
    if (run?.status === 'done' && run.summary && (run.summary.reportsAdded > 0 || run.summary.duplicates > 0)) {
      setText('');
      setOutlet('');
      setTitle('');
      setDate('');
      setUrl('');
    }
  }

  return (
    <form className="paste-form" onSubmit={(e) => void submit(e)} aria-label="Paste a report">
      <label className="field">
        <span>Report text</span>
        <textarea ref={textRef} required rows={7} value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste the report’s text here" />
      </label>
      <div className="field-grid">
        <label className="field">
          <span>Outlet</span>
          <input value={outlet} onChange={(e) => setOutlet(e.target.value)} autoComplete="off" />
        </label>
        <label className="field">
          <span>Published</span>
          <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="YYYY-MM-DD" autoComplete="off" />
        </label>
        <label className="field span2">
          <span>Title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
        </label>
        <label className="field span2">
          <span>URL</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" autoComplete="off" />
        </label>
      </div>
      <button type="submit" className="button primary" disabled={busy || !text.trim()}>
        Add this report
      </button>
    </form>
  );
}

function FileDrop({ busy }: { busy: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`file-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        // Handled here, not by the page-wide drop zone: inside the panel every file is a report.
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        if (!busy) void appStore.getState().addReports(toBlobInputs([...e.dataTransfer.files]));
      }}
    >
      <p>
        Drop report files here (.txt, .md, .html, .json, .ndjson), or{' '}
        <button type="button" className="link-button" disabled={busy} onClick={() => input.current?.click()}>
          choose files…
        </button>
      </p>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={REPORT_FILE_ACCEPT}
        data-testid="report-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void appStore.getState().addReports(toBlobInputs(files));
        }}
      />
    </div>
  );
}

function ProjectSection() {
  const reports = useAppStore((s) => s.projectReports.length);
  const storage = useAppStore((s) => s.storage);
  const message = useAppStore((s) => s.projectMessage);
  // Edits live in the review slice, when there is one.
  const hasWork = useAppStore((s) => s.projectReports.some((r) => r.origin !== 'seed') || ((s as { edits?: unknown[] }).edits?.length ?? 0) > 0);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="project-section" aria-label="Project">
      <h3>Project</h3>
      <p className="muted">
        {reports === 0 ? 'The seed reports; nothing added yet.' : `${plural(reports, 'report')}.`}{' '}
        {storage.status === 'ready' ? 'Kept in this browser.' : storage.status === 'loading' ? '' : storage.message}
      </p>
      <div className="project-actions">
        <button type="button" className="button secondary" onClick={() => appStore.getState().exportProject()}>
          Export project
        </button>
        <button type="button" className="button secondary" onClick={() => input.current?.click()}>
          Import project…
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".json,application/json"
          data-testid="project-file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            if (hasWork && !window.confirm(`Replace the project in this browser with ${f.name}? Export the current one first to keep it.`)) return;
            void appStore.getState().importProject(f);
          }}
        />
      </div>
      {message && (
        <p className={`project-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="project-message">
          <UntrustedText text={message.text} />
        </p>
      )}
    </section>
  );
}

/** Shown while a file is being viewed instead of the project, so the project is never lost. */
function ViewingFileBar() {
  const viewingFile = useAppStore((s) => !selectViewingProject(s) && s.projectShown !== null && !s.loading);
  const source = useAppStore((s) => s.dataSource);
  if (!viewingFile) return null;
  return (
    <div className="viewing-file-bar" role="status">
      <span>
        Viewing <UntrustedText text={source.split('/').pop() ?? source} />. Your project is kept.
      </span>
      <button type="button" className="button secondary" onClick={() => appStore.getState().showProject()}>
        Back to my project
      </button>
    </div>
  );
}

export function AddReportsPanel() {
  const open = useAppStore((s) => s.addPanelOpen);
  const run = useAppStore((s) => s.addRun);
  const busy = run?.status === 'running';
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') appStore.getState().setAddPanelOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <ViewingFileBar />
      {open && (
        <section className="add-panel" id="add-reports-panel" role="dialog" aria-labelledby="add-panel-title" data-testid="add-panel">
          <div className="add-panel-head">
            <h2 id="add-panel-title">Add reports</h2>
            <button type="button" className="dismiss" aria-label="Close" onClick={() => appStore.getState().setAddPanelOpen(false)}>
              ×
            </button>
          </div>
          <div className="add-panel-body">
            <p className="muted intro">Reports are read here, in your browser: nothing is uploaded. New incidents join the map, merged with incidents other reports already describe.</p>
            {run && <RunStatus run={run} />}
            <PasteForm busy={busy} />
            <FileDrop busy={busy} />
            <ProjectSection />
          </div>
        </section>
      )}
    </>
  );
}
