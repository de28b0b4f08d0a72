// Holmes Chapel Parish Council runs its partnerships through committees (its Strategy & Community Partnerships
// Committee minutes record resolutions as "s15/16/05" and the Parish Clerk as officer). Here its register is kept
// as one sheet per committee with nearly the same header (the second has a Notes column). Councillors are invented.
import { b, d, p, type CorpusRegister } from "../describe.js";

const HEADER = ["Partnership/Body", "Purpose", "PC representative(s)", "Clerk / officer", "Annual cost", "Resolution", "Agreement in place", "Last reviewed by committee"];
const STRATEGY = "Strategy & Community";
const FINANCE = "Finance & General Purposes";

const register: CorpusRegister = {
  id: "holmes-chapel-parish",
  publisher: "Holmes Chapel Parish Council",
  kind: "parish council",
  shape: "one sheet per committee, nearly the same header (the second has an extra column)",
  sources: ["https://docest.com/doc/698179/minutes-of-the-planning-committee-s1"],
  today: "2026-11-30",
  saved: "2026-10-14",
  sheets: [
    {
      name: STRATEGY,
      widths: [44, 44, 30, 18, 22, 14, 36, 16],
      rows: [
        [b("Holmes Chapel Parish Council")],
        [b("Strategy & Community Partnerships Committee - partnerships and bodies")],
        [],
        HEADER.map(b),
        p({ name: "Holmes Chapel Partnership (community group)", clean: true }, [
          "Holmes Chapel Partnership (community group)", "Village events and volunteering", "Cllr F Ashdown", "Parish Clerk", "£750", "s25/26/05", "Terms of reference",
          d("2026-06-04"),
        ]),
        p({ name: "Holmes Chapel Community Centre Trust", planted: ["governance-document-missing"] }, [
          "Holmes Chapel Community Centre Trust", "Running the community centre", "Cllr B Okafor; Cllr F Ashdown", "Parish Clerk", "£3,000 (grant)", "s25/26/09",
          "Lease and management agreement in draft", d("2026-06-04"),
        ]),
        p({ name: "Neighbourhood Plan Steering Group", clean: true }, [
          "Neighbourhood Plan Steering Group", "Review of the Holmes Chapel Neighbourhood Plan", "Cllr M Varley", "Parish Clerk", "£4,000 (consultant support)", "s24/25/11",
          "Terms of reference", d("2026-01-15"),
        ]),
        p({ name: "Community Speedwatch (Cheshire Police)", planted: ["unbudgeted-commitment"] }, [
          "Community Speedwatch (Cheshire Police)", "Volunteer speed monitoring", "Cllr M Varley", "Parish Clerk", "£250", null, "Cheshire Police scheme rules", d("2026-06-04"),
        ]),
      ],
    },
    {
      name: FINANCE,
      widths: [44, 44, 30, 18, 22, 14, 36, 16, 40],
      rows: [
        [b("Holmes Chapel Parish Council")],
        [b("Finance & General Purposes Committee - partnerships and bodies")],
        [],
        [...HEADER, "Notes"].map(b),
        p({ name: "Open spaces maintenance partnership (Cheshire East Council)", planted: ["annual-review-overdue"] }, [
          "Open spaces maintenance partnership (Cheshire East Council)", "Grass cutting and play areas", "Cllr D Lomax", "Parish Clerk", "£12,400 pa", "s25/26/18",
          "Service level agreement", d("2025-05-20"), "SLA renewal due",
        ]),
        p({ name: "Christmas Lights (with the Business Association)", clean: true }, [
          "Christmas Lights (with the Business Association)", "Festive lighting in the village centre", "Cllr B Okafor", "Parish Clerk", "£6,800", "s25/26/21",
          "Memorandum of understanding", d("2026-09-10"), "",
        ]),
        p({ name: "Cheshire Association of Local Councils (ChALC)", clean: true }, [
          "Cheshire Association of Local Councils (ChALC)", "Advice and training for the council", "Cllr D Lomax", "Parish Clerk", "£1,180 subscription", "s25/26/02",
          "Membership - ChALC constitution", d("2026-04-09"), "Includes NALC affiliation",
        ]),
      ],
    },
  ],
  registerSheets: [STRATEGY, FINANCE],
  columns: {
    A: "name",
    B: "purpose",
    C: "representatives",
    D: { roles: ["sponsoringOfficer", "accountableOfficer"] },
    E: "annualContribution",
    F: "budgetApproved",
    G: "governanceDocument",
    H: "lastReviewDate",
    Notes: null,
  },
};

export default register;
