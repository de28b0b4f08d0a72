// The North East Combined Authority's boards are each led by a Portfolio Holder, supported by named senior "link
// officer(s)", and tied to the missions of its Corporate Plan. Here the authority's register of boards, partnerships
// and external bodies is written as cards of label | value rows, one after another with no blank row between them.
// The youth forum is consultative, which clause 2.2 puts out of scope. People are invented.
import { b, card, type CorpusRegister } from "../describe.js";

type Block = Parameters<typeof card>[1];

const lnp: Block = [
  ["Board / partnership", "North East Local Nature Partnership"],
  ["Type", "Informal partnership"],
  ["Portfolio Holder", "Cllr R Fenwick, Portfolio Holder for Rural"],
  ["Link officer(s)", "E Castellano, Director of Environment"],
  ["Terms of reference", "Yes - agreed by the partnership board, 2025"],
  ["Reports to", "Rural Portfolio Advisory Board"],
  ["Corporate Plan mission", "A greener North East"],
  ["Last reviewed", "September 2026"],
  ["CA funding 2026/27", "£60,000"],
];

const invest: Block = [
  ["Board / partnership", "Invest North East England"],
  ["Type", "Company limited by guarantee (CA-owned)"],
  ["Portfolio Holder", "Cllr T Gallo, Portfolio Holder for Economy"],
  ["Link officer(s)", "M Ferreira, Director of Economic Growth"],
  ["Terms of reference", "Articles of association and shareholder agreement"],
  ["Reports to", "Cabinet"],
  ["Corporate Plan mission", "Good jobs and a growing economy"],
  ["Last reviewed", "Spring 2025"],
  ["CA funding 2026/27", "£1.2m"],
];

const bus: Block = [
  ["Board / partnership", "North East Enhanced Bus Partnership"],
  ["Type", "Statutory enhanced partnership (Bus Services Act 2017)"],
  ["Portfolio Holder", "Cllr J Armstrong, Portfolio Holder for Transport"],
  ["Link officer(s)", "A Lindgren, Director of Transport"],
  ["Terms of reference", "Enhanced partnership scheme variation in draft - expected Q4 2026/27"],
  ["Reports to", "Transport Portfolio Advisory Board"],
  ["Corporate Plan mission", "An accessible and connected North East"],
  ["Last reviewed", "June 2026"],
  ["CA funding 2026/27", "£14.2m (bus grant passed to operators)"],
];

const youth: Block = [
  ["Board / partnership", "North East Youth Consultative Forum"],
  ["Type", "Consultative forum"],
  ["Portfolio Holder", "Cllr S Barker, Portfolio Holder for Skills"],
  ["Link officer(s)", "K Oyelaran, Youth Engagement Lead"],
  ["Terms of reference", "Yes"],
  ["Reports to", "Cabinet"],
  ["Corporate Plan mission", "Good jobs and a growing economy"],
  ["Last reviewed", "March 2026"],
  ["CA funding 2026/27", "Officer time"],
];

const culture: Block = [
  ["Board / partnership", "North East Culture Partnership"],
  ["Type", "Informal partnership"],
  ["Portfolio Holder", "Cllr S Barker, Portfolio Holder for Skills"],
  ["Link officer(s)", "P Ruddick, Head of Culture and Creative"],
  ["Terms of reference", "Yes"],
  ["Reports to", "Skills Portfolio Advisory Board"],
  ["Corporate Plan mission", null],
  ["Last reviewed", "July 2026"],
  ["CA funding 2026/27", "£35,000"],
];

const screen: Block = [
  ["Board / partnership", "North East Screen Industries Partnership"],
  ["Type", "Company limited by guarantee"],
  ["Portfolio Holder", "Cllr T Gallo, Portfolio Holder for Economy"],
  ["Link officer(s)", "M Ferreira, Director of Economic Growth"],
  ["Terms of reference", "Funding agreement and articles"],
  ["Reports to", "Economy Portfolio Advisory Board"],
  ["Corporate Plan mission", "Good jobs and a growing economy"],
  ["Last reviewed", "May 2026"],
  ["CA funding 2026/27", "£450,000"],
];

const register: CorpusRegister = {
  id: "north-east-ca",
  publisher: "North East Combined Authority",
  kind: "mayoral combined authority",
  shape: "cards (label | value) one after another with no blank row between them",
  sources: ["https://www.northeast-ca.gov.uk/governance/advisory-boards/how-advisory-boards-work"],
  today: "2026-11-30",
  saved: "2026-10-22",
  sheets: [
    {
      name: "Boards and partnerships",
      widths: [26, 80],
      rows: [
        [b("North East Combined Authority")],
        [b("Register of boards, partnerships and external bodies")],
        [],
        ...card({ name: "North East Local Nature Partnership", clean: true }, lnp),
        ...card({ name: "Invest North East England", planted: ["annual-review-overdue"] }, invest),
        ...card({ name: "North East Enhanced Bus Partnership", planted: ["governance-document-missing"] }, bus),
        ...card({ name: "North East Youth Consultative Forum", planted: ["out-of-scope"], clean: true }, youth),
        ...card({ name: "North East Culture Partnership", planted: ["priority-link-missing"] }, culture),
        ...card({ name: "North East Screen Industries Partnership", clean: true }, screen),
      ],
    },
  ],
  registerSheets: ["Boards and partnerships"],
  columns: {
    "Board / partnership": "name",
    Type: "legalForm",
    "Portfolio Holder": "representatives",
    "Link officer(s)": { roles: ["sponsoringOfficer", "accountableOfficer"] },
    "Terms of reference": "governanceDocument",
    "Reports to": "reportingTo",
    "Corporate Plan mission": "corporatePriority",
    "Last reviewed": "lastReviewDate",
    "CA funding 2026/27": "annualContribution",
  },
};

export default register;
