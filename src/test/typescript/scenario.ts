// The core scenario, driven through the TypeScript client generated from openapi/openapi.json and nothing else:
// a couple forms by invitation, practises, writes journal entries under each visibility, keeps a commitment, sees
// its progress, lets a counselor in with both partners' consent, stops sharing, and exports its data.
//
// TypeScriptClientIT generates the client into ./generated, compiles this file with `strict` and runs it against
// the packaged jar with these variables: KINTSUGI_BASE_URL and the access tokens KINTSUGI_TOKEN_A and
// KINTSUGI_TOKEN_B (two people with the `user` role) and KINTSUGI_TOKEN_COUNSELOR (`counselor`).
// It prints one line per step, never any text a partner wrote, and exits non-zero on the first surprise.

import { randomUUID } from 'node:crypto';

import {
    CheckState,
    CommitmentCategory,
    Configuration,
    CounselorAccessApi,
    CounselorScope,
    CoupleStatus,
    CouplesApi,
    DataRightsApi,
    ExportStatus,
    GrantStatus,
    InvitationsApi,
    JournalKind,
    PracticeApi,
    ProfileApi,
    ProgressApi,
    RecurrenceKind,
    ResponseError,
    CommitmentsApi,
    TrustJournalApi,
    Visibility,
} from './generated';

interface Client {
    profile: ProfileApi;
    couples: CouplesApi;
    invitations: InvitationsApi;
    counselor: CounselorAccessApi;
    practice: PracticeApi;
    journal: TrustJournalApi;
    commitments: CommitmentsApi;
    progress: ProgressApi;
    rights: DataRightsApi;
}

function client(tokenVariable: string): Client {
    const configuration = new Configuration({
        basePath: required('KINTSUGI_BASE_URL').replace(/\/+$/, ''),
        accessToken: required(tokenVariable),
    });
    return {
        profile: new ProfileApi(configuration),
        couples: new CouplesApi(configuration),
        invitations: new InvitationsApi(configuration),
        counselor: new CounselorAccessApi(configuration),
        practice: new PracticeApi(configuration),
        journal: new TrustJournalApi(configuration),
        commitments: new CommitmentsApi(configuration),
        progress: new ProgressApi(configuration),
        rights: new DataRightsApi(configuration),
    };
}

function required(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

let steps = 0;

function step(description: string): void {
    steps += 1;
    console.log(`step ${steps}: ${description}`);
}

function check(condition: boolean, what: string): void {
    if (!condition) {
        throw new Error(`expected ${what}`);
    }
}

/** The call must fail with this status; answers the problem's code. */
async function refused(call: Promise<unknown>, status: number, what: string): Promise<string | undefined> {
    try {
        await call;
    } catch (error) {
        if (error instanceof ResponseError) {
            check(error.response.status === status, `${what} to answer ${status}, got ${error.response.status}`);
            const problem: unknown = await error.response.json();
            return typeof problem === 'object' && problem !== null && 'code' in problem
                ? String(problem.code)
                : undefined;
        }
        throw error;
    }
    throw new Error(`expected ${what} to answer ${status}, but it succeeded`);
}

/** The ids listed in one section of an export document. */
function idsIn(document: object, section: string): string[] {
    const items: unknown = (document as Record<string, unknown>)[section];
    check(Array.isArray(items), `the export to have a ${section} section`);
    return (items as Array<Record<string, unknown>>).map((item) => String(item['id']));
}

async function exportOf(person: Client): Promise<object> {
    const job = await person.rights.requestMyExport({ idempotencyKey: randomUUID() });
    for (let attempt = 0; attempt < 100; attempt++) {
        const current = await person.rights.getMyExport({ exportId: job.id });
        if (current.status === ExportStatus.Ready) {
            return person.rights.downloadMyExport({ exportId: job.id });
        }
        check(current.status === ExportStatus.Pending, `the export to be pending or ready, not ${current.status}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('expected the export to be ready within 20 seconds');
}

async function main(): Promise<void> {
    const a = client('KINTSUGI_TOKEN_A');
    const b = client('KINTSUGI_TOKEN_B');
    const counselor = client('KINTSUGI_TOKEN_COUNSELOR');

    const profileA = await a.profile.getMyProfile();
    const profileB = await b.profile.getMyProfile();
    step('both partners have a profile');

    const forming = await a.couples.createCouple({ newCouple: {}, idempotencyKey: randomUUID() });
    const coupleId = forming.id!;
    check(forming.status === CoupleStatus.Forming, 'a new couple to be forming');
    step('partner A starts a couple (forming)');

    const invitation = await a.invitations.createInvitation({ coupleId, idempotencyKey: randomUUID() });
    check(typeof invitation.code === 'string' && invitation.code.length > 0, 'the invitation to show its code once');
    const joined = await b.invitations.acceptInvitation({ acceptance: { code: invitation.code!, consent: true } });
    check(joined.id === coupleId && joined.status === CoupleStatus.Active, 'the couple to be active after accepting');
    check((joined.partners ?? []).length === 2, 'two partners');
    step('partner B accepts the invitation (active, two partners)');

    const run = await a.practice.startRun({ coupleId, newRun: { exercise: 'safe-space-check-in' } });
    check(run.status === 'active' && run.dayOfRun === 1, 'the run to be active on its first day');
    const runs = await b.practice.listRuns({ coupleId });
    check(runs.items.some((item) => item.id === run.id), 'partner B to see the run');
    step('partner A starts a practice run; partner B sees it');

    const kept = await a.journal.writeJournalEntry({
        coupleId,
        newEntry: { kind: JournalKind.Reflection, text: 'Scenario entry kept to myself.', visibility: Visibility.Private },
    });
    const open = await a.journal.writeJournalEntry({
        coupleId,
        newEntry: { kind: JournalKind.Appreciation, text: 'Scenario entry for my partner.', visibility: Visibility.Partner },
    });
    const revealed = await b.journal.writeJournalEntry({
        coupleId,
        newEntry: { kind: JournalKind.TinyWin, text: 'Scenario entry revealed at week end.', visibility: Visibility.Reveal },
    });
    check(kept.visibility === Visibility.Private && open.visibility === Visibility.Partner, 'the chosen visibilities');
    step('journal: A writes a private and a partner entry, B a reveal entry');

    const seenByB = await b.journal.listJournalEntries({ coupleId });
    check(seenByB.items.some((entry) => entry.id === open.id), "B to read A's partner entry");
    check(!seenByB.items.some((entry) => entry.id === kept.id), "B not to see A's private entry in the list");
    await refused(b.journal.getJournalEntry({ coupleId, entryId: kept.id }), 404, "B reading A's private entry");
    const seenByA = await a.journal.listJournalEntries({ coupleId });
    check(!seenByA.items.some((entry) => entry.id === revealed.id), "A not to see B's reveal entry before the week ends");
    step("B reads A's partner entry, never the private one (404); A does not see B's reveal entry yet");

    await a.journal.markJournalWeekRead({ coupleId, week: 'current' });
    await b.journal.markJournalWeekRead({ coupleId, week: 'current' });
    const afterReview = await a.journal.listJournalEntries({ coupleId });
    check(afterReview.items.some((entry) => entry.id === revealed.id), "A to read B's reveal entry once both read the week");
    step("both mark the week read together; A now reads B's reveal entry");

    const commitment = await a.commitments.makeCommitment({
        coupleId,
        newCommitment: {
            title: 'Scenario check-in',
            category: CommitmentCategory.DailyCheckIn,
            recurrence: { kind: RecurrenceKind.Daily },
        },
        idempotencyKey: randomUUID(),
    });
    const calendar = await b.commitments.getCalendar({ coupleId });
    const today = calendar.items.find((occurrence) => occurrence.commitmentId === commitment.id);
    check(today !== undefined, "today's occurrence on the couple's calendar");
    const date = today!.date;
    const checked = await a.commitments.checkOccurrence({
        coupleId, commitmentId: commitment.id, date, checkInput: { state: CheckState.Kept },
    });
    check(checked.state === 'kept', 'the occurrence to be kept');
    await refused(
        b.commitments.checkOccurrence({ coupleId, commitmentId: commitment.id, date, checkInput: { state: CheckState.Missed } }),
        403, "B marking A's own commitment");
    const acknowledged = await b.commitments.acknowledgeOccurrence({ coupleId, commitmentId: commitment.id, date });
    check(acknowledged.acknowledgement !== undefined, 'the acknowledgement to show');
    step("A commits daily and checks today off as kept; B may not mark it (403) but acknowledges it");

    const progress = await b.progress.getProgress({ coupleId });
    check(progress.hearts.last7Days === 1, `one heart day, got ${progress.hearts.last7Days}`);
    check(progress.partners.length === 2 && progress.partners.every((p) => p.daysShowedUp === 1),
        'both partners to have shown up today');
    step('progress: today is a heart day, both partners showed up');

    const link = await counselor.counselor.createCounselorLink({ idempotencyKey: randomUUID() });
    const offered = await a.counselor.submitCounselorCode({
        coupleId,
        grantRequest: { code: link.code!, scopes: new Set([CounselorScope.Progress, CounselorScope.SharedJournal]) },
    });
    check(offered.status === GrantStatus.AwaitingConsent, 'the grant to await the other partner');
    await refused(counselor.progress.getProgress({ coupleId }), 404, 'the counselor reading before consent');
    const granted = await b.counselor.consentToCounselorGrant({
        coupleId, grantId: offered.id!, consentRequest: { scopes: new Set([CounselorScope.Progress]) },
    });
    check(granted.status === GrantStatus.Active, 'the grant to be active after consent');
    check(granted.scopes !== undefined && granted.scopes.size === 1 && granted.scopes.has(CounselorScope.Progress),
        'the grant to allow only the scopes both agreed to');
    const counseled = await counselor.counselor.listCounseledCouples({});
    check((counseled.items ?? []).some((couple) => couple.id === coupleId), "the couple in the counselor's list");
    const counselorView = await counselor.progress.getProgress({ coupleId });
    check(counselorView.hearts.last7Days === 1, 'the counselor to read progress');
    await refused(counselor.journal.listJournalEntries({ coupleId }), 404,
        'the counselor reading the journal without sharedJournal');
    step('counselor: A offers progress and sharedJournal, B consents to progress only; the counselor reads progress only');

    const stop = await b.couples.stopSharing({ coupleId, idempotencyKey: randomUUID() });
    check((stop.revokedCounselorGrants ?? []).includes(offered.id!), 'stop sharing to revoke the grant');
    check(stop.paused === true && stop.madeNewItemsPrivate === true, 'stop sharing to pause and make new items private');
    await refused(counselor.progress.getProgress({ coupleId }), 404, 'the counselor reading after stop sharing');
    const revoked = await a.counselor.getCounselorGrant({ coupleId, grantId: offered.id! });
    check(revoked.status === GrantStatus.Revoked, 'the grant to read as revoked');
    const paused = await a.couples.getCouple({ coupleId });
    check(paused.status === CoupleStatus.Paused && paused.pausedByYou === false, 'A to see the couple paused, not by A');
    step('B stops sharing: grant revoked, counselor refused (404), couple paused');

    const exportA = await exportOf(a);
    const entriesA = idsIn(exportA, 'journalEntries');
    check(entriesA.includes(kept.id) && entriesA.includes(open.id), "A's export to hold A's own entries");
    const exportB = await exportOf(b);
    const entriesB = idsIn(exportB, 'journalEntries');
    check(entriesB.includes(revealed.id) && entriesB.includes(open.id), "B's export to hold B's entry and what A shared");
    check(!entriesB.includes(kept.id), "B's export never to hold A's private entry");
    check(profileA.id !== profileB.id, 'two different people');
    step("exports: each partner's own data and what the other shared, never the other's private entry");

    console.log(`scenario complete: ${steps} steps`);
}

main().catch((error: unknown) => {
    console.error(`scenario failed after ${steps} steps: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
});
