import { describe, expect, it } from "vitest";
import { FIELDS, type Field } from "../../../src/domain/model.js";
import { columnLetter } from "../../../src/domain/register/column-letter.js";
import { FIELD_ALIASES } from "../../../src/domain/register/field-aliases.js";
import { fieldLabel, mapHeaders, matchHeader, rankHeader } from "../../../src/domain/register/match-header.js";

/** Real-world header wordings and the field each should map to. */
const WORDINGS: readonly (readonly [string, Field])[] = [
  // ref
  ["Ref", "ref"],
  ["Ref.", "ref"],
  ["Reference", "ref"],
  ["ID", "ref"],
  ["Partnership Ref", "ref"],
  ["Partnership ID", "ref"],
  ["Register No.", "ref"],
  ["No.", "ref"],
  ["Ref No", "ref"],
  ["#", "ref"],
  ["Unique reference number", "ref"],
  // name
  ["Partnership", "name"],
  ["Partnership Name", "name"],
  ["Name of Partnership", "name"],
  ["Partnership / Body", "name"],
  ["Name", "name"],
  ["Title", "name"],
  ["Body", "name"],
  ["Organisation name", "name"],
  ["Name of partnership / body", "name"],
  ["Outside body", "name"],
  ["Partnerships", "name"],
  // purpose
  ["Purpose", "purpose"],
  ["Aims", "purpose"],
  ["Objectives", "purpose"],
  ["Aims & Objectives", "purpose"],
  ["Purpose of the partnership", "purpose"],
  ["Description", "purpose"],
  ["Brief description of partnership", "purpose"],
  ["Remit", "purpose"],
  // tier
  ["Tier", "tier"],
  ["Level", "tier"],
  ["Strategic / Operational", "tier"],
  ["Partnership tier (strategic/operational/neighbourhood)", "tier"],
  ["Type (strategic/operational)", "tier"],
  // legalForm
  ["Legal form", "legalForm"],
  ["Form of partnership", "legalForm"],
  ["Legal status", "legalForm"],
  ["Type of partnership", "legalForm"],
  ["Partnership type", "legalForm"],
  ["Structure", "legalForm"],
  ["Delivery vehicle", "legalForm"],
  ["Type", "legalForm"],
  // partners
  ["Partner organisations", "partners"],
  ["Partners", "partners"],
  ["Members", "partners"],
  ["Other partners", "partners"],
  ["Partner Orgs", "partners"],
  ["Key partners involved", "partners"],
  ["Member organisations", "partners"],
  ["Partner agencies", "partners"],
  // councilIsLead
  ["Lead body", "councilIsLead"],
  ["Council is lead", "councilIsLead"],
  ["Accountable body", "councilIsLead"],
  ["Lead organisation (Y/N)", "councilIsLead"],
  ["Is the council the lead body?", "councilIsLead"],
  ["Council lead body?", "councilIsLead"],
  ["Lead authority", "councilIsLead"],
  // status
  ["Status", "status"],
  ["Current status", "status"],
  ["Partnership status", "status"],
  ["Status (active/closed)", "status"],
  // sponsoringOfficer
  ["Sponsoring officer", "sponsoringOfficer"],
  ["Sponsor", "sponsoringOfficer"],
  ["Head of Service", "sponsoringOfficer"],
  ["HoS", "sponsoringOfficer"],
  ["HoS sponsor", "sponsoringOfficer"],
  ["Lead Head of Service", "sponsoringOfficer"],
  ["Responsible head of service", "sponsoringOfficer"],
  ["Service sponsor", "sponsoringOfficer"],
  ["Director sponsor", "sponsoringOfficer"],
  ["Sponsoring Officer (HoS)", "sponsoringOfficer"],
  ["Officer sponsor", "sponsoringOfficer"],
  // accountableOfficer
  ["Lead Officer", "accountableOfficer"],
  ["Accountable officer", "accountableOfficer"],
  ["Accountable officer (performance)", "accountableOfficer"],
  ["Officer responsible for monitoring", "accountableOfficer"],
  ["Officer responsible for monitoring performance", "accountableOfficer"],
  ["Officer accountable for performance", "accountableOfficer"],
  ["Performance lead", "accountableOfficer"],
  ["Monitoring officer for partnership", "accountableOfficer"],
  ["Contact officer", "accountableOfficer"],
  ["Responsible officer", "accountableOfficer"],
  ["Council lead officer", "accountableOfficer"],
  ["Lead officer name", "accountableOfficer"],
  ["Which officer is accountable for monitoring performance?", "accountableOfficer"],
  // representatives
  ["Council representative(s)", "representatives"],
  ["Representatives", "representatives"],
  ["Councillor representative", "representatives"],
  ["Members appointed", "representatives"],
  ["Council nominees", "representatives"],
  ["Board members", "representatives"],
  ["Appointed members/officers", "representatives"],
  ["Elected member rep", "representatives"],
  ["Cllr reps", "representatives"],
  ["Council representatives (and capacity)", "representatives"],
  ["Councillors", "representatives"],
  // directorate
  ["Directorate", "directorate"],
  ["Service", "directorate"],
  ["Service area", "directorate"],
  ["Department", "directorate"],
  ["Dept", "directorate"],
  ["Portfolio", "directorate"],
  ["Lead directorate", "directorate"],
  ["Directorate / Service", "directorate"],
  // corporatePriority
  ["Corporate priority", "corporatePriority"],
  ["Council plan objective", "corporatePriority"],
  ["Priority", "corporatePriority"],
  ["Strategic objective", "corporatePriority"],
  ["Council priority supported", "corporatePriority"],
  ["Link to Council Plan", "corporatePriority"],
  ["Corporate priorities", "corporatePriority"],
  // startDate
  ["Start date", "startDate"],
  ["Date started", "startDate"],
  ["Commencement date", "startDate"],
  ["Date established", "startDate"],
  ["Start", "startDate"],
  ["Date council joined", "startDate"],
  // endDate
  ["End date", "endDate"],
  ["End Date\n(dd/mm/yyyy)", "endDate"],
  ["Expiry date", "endDate"],
  ["Termination date", "endDate"],
  ["Review/end date", "endDate"],
  ["Agreement end date", "endDate"],
  // governanceDocument
  ["Terms of reference", "governanceDocument"],
  ["ToR in place?", "governanceDocument"],
  ["Partnership agreement", "governanceDocument"],
  ["Governance document", "governanceDocument"],
  ["Constitution", "governanceDocument"],
  ["Articles of association", "governanceDocument"],
  ["Shareholders' agreement", "governanceDocument"],
  ["MoU", "governanceDocument"],
  ["Memorandum of understanding", "governanceDocument"],
  ["Governance arrangements", "governanceDocument"],
  ["Agreement / ToR in place (Y/N)", "governanceDocument"],
  ["Is there a formal agreement or terms of reference?", "governanceDocument"],
  // businessCase
  ["Business case", "businessCase"],
  ["Evidence base", "businessCase"],
  ["Business case (Y/N)", "businessCase"],
  ["Business case / evidence base", "businessCase"],
  // outcomeMeasures
  ["Outcome measures", "outcomeMeasures"],
  ["KPIs", "outcomeMeasures"],
  ["Key performance indicators", "outcomeMeasures"],
  ["Performance indicators", "outcomeMeasures"],
  ["Success measures", "outcomeMeasures"],
  ["Outcome indicators", "outcomeMeasures"],
  ["Measures of success", "outcomeMeasures"],
  ["Outcome measures agreed?", "outcomeMeasures"],
  // reportingTo
  ["Reports to", "reportingTo"],
  ["Performance reported to", "reportingTo"],
  ["Reporting arrangements", "reportingTo"],
  ["Reporting body / frequency", "reportingTo"],
  ["Reporting frequency", "reportingTo"],
  ["Reports to (body & frequency)", "reportingTo"],
  // lastReviewDate
  ["Last review", "lastReviewDate"],
  ["Date of last review", "lastReviewDate"],
  ["Last annual review", "lastReviewDate"],
  ["Date of last annual review", "lastReviewDate"],
  ["Last evaluation", "lastReviewDate"],
  ["Annual evaluation date", "lastReviewDate"],
  ["Reviewed on", "lastReviewDate"],
  ["Review date", "lastReviewDate"],
  ["Date last reviewed", "lastReviewDate"],
  ["Last reviewed (date)", "lastReviewDate"],
  // riskRegister
  ["Risk register", "riskRegister"],
  ["Risk register\n(Y/N)", "riskRegister"],
  ["Risk register in place", "riskRegister"],
  ["Risk register in place?", "riskRegister"],
  ["Risk log", "riskRegister"],
  ["Risk Register (Yes/No)", "riskRegister"],
  // riskRegisterReviewed
  ["Risk register last reviewed", "riskRegisterReviewed"],
  ["Risk register review date", "riskRegisterReviewed"],
  ["Date risk register reviewed", "riskRegisterReviewed"],
  ["Risks last reviewed", "riskRegisterReviewed"],
  ["Date risk register last reviewed", "riskRegisterReviewed"],
  ["Risk register reviewed (date)", "riskRegisterReviewed"],
  // exitStrategy
  ["Exit strategy", "exitStrategy"],
  ["Exit arrangements", "exitStrategy"],
  ["Dissolution provisions", "exitStrategy"],
  ["Termination provisions", "exitStrategy"],
  ["Exit plan", "exitStrategy"],
  ["Exit strategy in place? (Y/N)", "exitStrategy"],
  ["Is there an exit strategy?", "exitStrategy"],
  // informationSharing
  ["Information sharing agreement", "informationSharing"],
  ["ISA", "informationSharing"],
  ["ISA signed (Y/N)", "informationSharing"],
  ["Information sharing protocol", "informationSharing"],
  ["Data sharing agreement", "informationSharing"],
  ["DSA", "informationSharing"],
  ["Info sharing protocol in place", "informationSharing"],
  // equalityAssessment
  ["EIA", "equalityAssessment"],
  ["EIA completed?", "equalityAssessment"],
  ["Equality impact assessment", "equalityAssessment"],
  ["EqIA", "equalityAssessment"],
  ["Equality analysis", "equalityAssessment"],
  ["Equalities Impact Assessment", "equalityAssessment"],
  // scrutiny
  ["Scrutiny arrangements", "scrutiny"],
  ["O&S", "scrutiny"],
  ["O&S arrangements", "scrutiny"],
  ["Overview and scrutiny", "scrutiny"],
  ["Overview & Scrutiny Committee", "scrutiny"],
  ["Scrutiny committee", "scrutiny"],
  ["Scrutiny", "scrutiny"],
  // legalPower
  ["Legal power confirmed", "legalPower"],
  ["Vires", "legalPower"],
  ["Legal powers", "legalPower"],
  ["Legal power to enter confirmed?", "legalPower"],
  ["Statutory power", "legalPower"],
  // conductStandards
  ["Code of conduct", "conductStandards"],
  ["Standards of conduct agreed", "conductStandards"],
  ["Behaviour protocol signed", "conductStandards"],
  ["Code of conduct agreed (Y/N)", "conductStandards"],
  ["Conduct standards", "conductStandards"],
  // conflictsDeclared
  ["Conflicts of interest declared", "conflictsDeclared"],
  ["DoI", "conflictsDeclared"],
  ["DoI recorded", "conflictsDeclared"],
  ["Declarations of interest", "conflictsDeclared"],
  ["Interests declared", "conflictsDeclared"],
  ["Conflicts recorded", "conflictsDeclared"],
  ["Conflicts of interest declared & recorded?", "conflictsDeclared"],
  // approvalToParticipate
  ["Approval to participate", "approvalToParticipate"],
  ["Member approval", "approvalToParticipate"],
  ["Representative approval", "approvalToParticipate"],
  ["Approved to take part", "approvalToParticipate"],
  ["Group leader approval", "approvalToParticipate"],
  ["Approval to participate (ref)", "approvalToParticipate"],
  // annualContribution
  ["Annual contribution (£)", "annualContribution"],
  ["Council contribution", "annualContribution"],
  ["Financial commitment", "annualContribution"],
  ["Council's financial commitment £ p.a.", "annualContribution"],
  ["Funding", "annualContribution"],
  ["Budget", "annualContribution"],
  ["Annual cost", "annualContribution"],
  ["LA contribution", "annualContribution"],
  ["Council funding £", "annualContribution"],
  ["Contribution 2025/26 (£)", "annualContribution"],
  ["Annual contribution £k", "annualContribution"],
  // budgetApproved
  ["Budget approved", "budgetApproved"],
  ["Funding approved", "budgetApproved"],
  ["Approved in budget", "budgetApproved"],
  ["Budgeted", "budgetApproved"],
  ["Budgeted?", "budgetApproved"],
  ["Approval reference", "budgetApproved"],
  ["Budget approval", "budgetApproved"],
  ["Budget approved (Y/N)", "budgetApproved"],
  ["Within approved budget?", "budgetApproved"],
  // approvedAmount
  ["Approved amount", "approvedAmount"],
  ["Amount approved", "approvedAmount"],
  ["Approved budget (£)", "approvedAmount"],
  ["Approval limit", "approvedAmount"],
  ["Approved contribution £", "approvedAmount"],
  // liabilities
  ["Liabilities", "liabilities"],
  ["Continuing liabilities", "liabilities"],
  ["Liabilities / assets at exit", "liabilities"],
  ["Financial liabilities", "liabilities"],
  ["Assets & liabilities", "liabilities"],
  // significance
  ["Significance", "significance"],
  ["Priority level", "significance"],
  ["Importance", "significance"],
  ["Strategic importance", "significance"],
  ["Significance (H/M/L)", "significance"],
  // Standards for England behaviour areas (assessment ratings)
  ["Achieve intended outcomes (1-5)", "assessOutcomes"],
  ["Public interest", "assessPublicInterest"],
  ["Building partners' capacity", "assessCapacity"],
  ["Value and respect each other", "assessRespect"],
  ["Act ethically", "assessEthics"],
  ["Aligning strategies and networks", "assessAlignment"],
];

/** Headers that name no register field (or could mean more than one): better unmapped than wrong. */
const NON_MATCHES: readonly string[] = [
  "Notes",
  "Comments",
  "",
  "   ",
  "2025/26",
  "2024",
  "Column1",
  "Last updated by",
  "Next review date",
  "Next review due",
  "Annual review due",
  "Date declared",
  "Partnership details",
  "Project manager",
  "Risk rating",
  "Risk level",
  "RAG status",
  "Comments on risk register",
  "Notes (exit strategy)",
  "Lead",
  "Officer",
  "Review frequency",
  "Start/end dates",
  "No. of partners",
  "Powers and legal status",
  "(Y/N)",
  "£",
];

describe("matchHeader", () => {
  it("covers every canonical field in the wordings below", () => {
    const covered = new Set(WORDINGS.map(([, field]) => field));
    expect(FIELDS.filter((field) => !covered.has(field))).toEqual([]);
    expect(WORDINGS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(WORDINGS)("%j -> %s", (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each(NON_MATCHES.map((header) => [header]))("%j -> null", (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it("gives every alias in the table back to its own field (the table has no contradictions)", () => {
    const wrong: string[] = [];
    for (const field of FIELDS) {
      for (const alias of FIELD_ALIASES[field]) {
        const match = matchHeader(alias);
        if (match?.field !== field) wrong.push(`${alias} -> ${match?.field ?? "null"} (expected ${field})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("scores an exact wording 100 and reports the alias", () => {
    expect(matchHeader("Risk register")).toEqual({ field: "riskRegister", score: 100, alias: "risk register" });
    expect(matchHeader("RISK  REGISTER (Y/N)")).toEqual({ field: "riskRegister", score: 100, alias: "risk register" });
  });

  it("scores a partial wording below 100", () => {
    const match = matchHeader("Risk register held by lead partner");
    expect(match?.field).toBe("riskRegister");
    expect(match?.score).toBeLessThan(100);
    expect(match?.score).toBeGreaterThan(0);
  });

  it("prefers the more specific alias: risk register last reviewed is not the risk register", () => {
    const ranked = rankHeader("Risk register last reviewed");
    expect(ranked[0]?.field).toBe("riskRegisterReviewed");
    expect(ranked.map((m) => m.field)).toContain("riskRegister");
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it("tells word order apart only when the words are the same: budget approved vs approved budget", () => {
    expect(matchHeader("Budget approved")?.field).toBe("budgetApproved");
    expect(matchHeader("Approved budget")?.field).toBe("approvedAmount");
  });

  it("keeps similar-looking headers apart", () => {
    expect(matchHeader("Partnership")?.field).toBe("name");
    expect(matchHeader("Partnership agreement")?.field).toBe("governanceDocument");
    expect(matchHeader("Partnership ref")?.field).toBe("ref");
    expect(matchHeader("Lead body")?.field).toBe("councilIsLead");
    expect(matchHeader("Lead officer")?.field).toBe("accountableOfficer");
    expect(matchHeader("Review date")?.field).toBe("lastReviewDate");
    expect(matchHeader("Next review date")).toBeNull();
    expect(matchHeader("Budget")?.field).toBe("annualContribution");
    expect(matchHeader("Budget approved")?.field).toBe("budgetApproved");
    expect(matchHeader("Approved amount")?.field).toBe("approvedAmount");
    expect(matchHeader("End date")?.field).toBe("endDate");
    expect(matchHeader("Terms of reference")?.field).toBe("governanceDocument");
    expect(matchHeader("Legal status")?.field).toBe("legalForm");
    expect(matchHeader("Priority level")?.field).toBe("significance");
    expect(matchHeader("Members appointed")?.field).toBe("representatives");
    expect(matchHeader("Members")?.field).toBe("partners");
  });

  it("reads a field's own camelCase name", () => {
    expect(matchHeader("riskRegisterReviewed")?.field).toBe("riskRegisterReviewed");
    expect(matchHeader("approvalToParticipate")?.field).toBe("approvalToParticipate");
  });

  it("is deterministic", () => {
    for (const [header] of WORDINGS) expect(matchHeader(header)).toEqual(matchHeader(header));
  });

  it("labels every field with its first alias", () => {
    expect(fieldLabel("sponsoringOfficer")).toBe("sponsoring officer");
    for (const field of FIELDS) expect(fieldLabel(field)).not.toBe("");
  });
});

describe("mapHeaders", () => {
  it("maps every header, keeping unmapped columns", () => {
    const mapped = mapHeaders(["Ref", "Partnership", "Notes", "Lead Officer", "Risk register\n(Y/N)"]);
    expect(mapped.map((m) => [m.index, m.field])).toEqual([
      [0, "ref"],
      [1, "name"],
      [2, null],
      [3, "accountableOfficer"],
      [4, "riskRegister"],
    ]);
    expect(mapped[2]).toEqual({ index: 2, header: "Notes", field: null, score: 0 });
    expect(mapped.every((m) => m.note === undefined)).toBe(true);
  });

  it("never maps two columns to one field: the second of two equal columns is left unmapped with a note", () => {
    const mapped = mapHeaders(["Ref", "Partnership", "Lead officer", "Status", "Lead Officer"]);
    expect(mapped[2]?.field).toBe("accountableOfficer");
    expect(mapped[4]?.field).toBeNull();
    expect(mapped[4]?.note).toBe(
      'Also looks like "accountable officer", which column C already supplies; rename the header or set the mapping in your profile.',
    );
    expect(mapped[2]?.note).toBeUndefined();
  });

  it("gives a clashing field to the column with the higher score, wherever it is", () => {
    const left = mapHeaders(["Officer responsible for monitoring (backup)", "Name", "Lead officer"]);
    expect(left[2]?.field).toBe("accountableOfficer");
    expect(left[0]?.field).toBeNull();
    expect(left[0]?.note).toContain("column C already supplies");

    const right = mapHeaders(["Lead officer", "Name", "Officer responsible for monitoring (backup)"]);
    expect(right[0]?.field).toBe("accountableOfficer");
    expect(right[2]?.field).toBeNull();
    expect(right[2]?.note).toContain("column A already supplies");
  });

  it("names a column past Z by its letters", () => {
    const headers = Array.from({ length: 30 }, (_, i) => `Column${i + 1}`);
    headers[27] = "Sponsor (backup)";
    headers[29] = "Sponsoring officer";
    const mapped = mapHeaders(headers);
    expect(mapped[29]?.field).toBe("sponsoringOfficer");
    expect(mapped[27]?.field).toBeNull();
    expect(mapped[27]?.note).toBe(
      'Also looks like "sponsoring officer", which column AD already supplies; rename the header or set the mapping in your profile.',
    );
  });

  it("leaves an ambiguous header unmapped and says why", () => {
    const [mapped] = mapHeaders(["Start / end dates"]);
    expect(mapped?.field).toBeNull();
    expect(mapped?.note).toBe(
      'Looks like both "start date" and "end date"; rename the header or set the mapping in your profile.',
    );
  });

  describe("overrides", () => {
    it("maps a header the matcher cannot read", () => {
      const mapped = mapHeaders(["Ref", "Who signs off"], { "who signs off": "approvalToParticipate" });
      expect(mapped[1]).toMatchObject({ field: "approvalToParticipate", score: 100 });
    });

    it("compares header text ignoring case and spacing, line breaks included", () => {
      const mapped = mapHeaders(["Officer\nin  charge"], { "  OFFICER IN CHARGE ": "accountableOfficer" });
      expect(mapped[0]?.field).toBe("accountableOfficer");
    });

    it("forces a column unmapped with null", () => {
      const mapped = mapHeaders(["Ref", "Budget"], { budget: null });
      expect(mapped[1]).toEqual({ index: 1, header: "Budget", field: null, score: 0 });
    });

    it("re-maps a header the matcher would have read differently", () => {
      const mapped = mapHeaders(["Budget"], { Budget: "approvedAmount" });
      expect(mapped[0]?.field).toBe("approvedAmount");
    });

    it("beats a better-scoring automatic match for the same field", () => {
      const mapped = mapHeaders(["Lead officer", "Officer in charge"], { "officer in charge": "accountableOfficer" });
      expect(mapped[1]?.field).toBe("accountableOfficer");
      expect(mapped[0]?.field).toBeNull();
      expect(mapped[0]?.note).toContain("column B already supplies");
    });

    it("frees a field for another column when its usual column is forced unmapped", () => {
      const mapped = mapHeaders(["Lead officer", "Lead officer 2"], { "lead officer": null });
      expect(mapped[0]?.field).toBeNull();
      expect(mapped[1]?.field).toBe("accountableOfficer");
    });

    it("still refuses two columns mapped to one field by the profile", () => {
      const mapped = mapHeaders(["Officer A", "Officer B"], {
        "officer a": "accountableOfficer",
        "officer b": "accountableOfficer",
      });
      expect(mapped[0]?.field).toBe("accountableOfficer");
      expect(mapped[1]?.field).toBeNull();
      expect(mapped[1]?.note).toContain("column A already supplies");
    });
  });
});

describe("columnLetter", () => {
  it.each<[number, string]>([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i -> %s", (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it("rejects an index that is not a whole number from 0", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
});
