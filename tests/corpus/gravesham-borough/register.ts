// Gravesham Borough Council publishes its Corporate Register of Partnerships as one card per partnership
// ("Name of Partnership", "Responsible Officer", "Lead Member(s)", "Statutory Status", "Date created", ...),
// under the headings 'Significant' and 'Key other partnerships'. People are invented.
import { b, card, type CorpusRegister, type Row } from "../describe.js";

const SIGNIFICANT = "Significant partnerships";
const KEY_OTHER = "Key other partnerships";

type Block = Parameters<typeof card>[1];

const canwk: Block = [
  ["Name of Partnership", "Citizens Advice in North & West Kent (CANWK)"],
  ["Responsible Officer", "H Marsh, Director (Communities)"],
  ["Lead Member(s)", "Councillor P Ellery, Leader of the Executive"],
  ["Statutory Status", "Non-statutory partnership"],
  ["Date created", "Current SLA commenced in April 2021"],
  ["Aims and objectives of partnership", "To provide free, independent and confidential advice to residents of the borough on debt, benefits, housing and employment."],
  ["Expected outcomes", "Advice sessions delivered; debt managed for residents; performance against SLA targets reported quarterly."],
  ["Council resource provision", "£62,000 per annum (SLA grant)"],
  ["Partnership governance arrangements", "Service Level Agreement 2021-2026, monitored quarterly"],
  ["Performance reported to", "Cabinet (annual report); quarterly SLA monitoring meetings"],
  ["Date of last review", "March 2026"],
  ["Risk register", "Yes - held by CANWK and reviewed by the SLA monitoring group"],
  ["Exit strategy", "Six months' notice under the SLA"],
];

const krp: Block = [
  ["Name of Partnership", "Kent Resource Partnership (KRP) Members Board"],
  ["Responsible Officer", "T Adeyemi, Assistant Director (Operations)"],
  ["Lead Member(s)", "Councillor S Bhatt, Cabinet Member for Operational Services"],
  ["Statutory Status", "Non-statutory partnership of the 13 Kent councils"],
  ["Date created", "2008"],
  ["Aims and objectives of partnership", "To deliver the Kent Joint Municipal Waste Management Strategy: waste, recycling and joint action against fly-tipping."],
  ["Expected outcomes", "Recycling and composting rate; residual waste per household; fly-tipping enforcement actions."],
  ["Council resource provision", "£14,500 levy"],
  ["Partnership governance arrangements", "Members Board constitution and terms of reference"],
  ["Performance reported to", "Operational Services Committee (annual)"],
  ["Date of last review", "Spring 2025"],
  ["Risk register", "Yes"],
  ["Exit strategy", "12 months' notice to the Members Board"],
];

const airQuality: Block = [
  ["Name of Partnership", "Kent & Medway Air Quality Partnership"],
  ["Responsible Officer", "D Kowalski, Regulatory Services Manager"],
  ["Lead Member(s)", "Councillor S Bhatt, Cabinet Member for Operational Services"],
  ["Statutory Status", "Non-statutory partnership"],
  ["Date created", "Formed 1998"],
  ["Aims and objectives of partnership", "Air quality monitoring across Kent and Medway, and the Kent Air website."],
  ["Expected outcomes", "Monitoring network maintained; annual status report submitted to Defra."],
  ["Council resource provision", "£5,605 +VAT"],
  ["Partnership governance arrangements", "Terms of reference agreed by the partnership steering group"],
  ["Performance reported to", "Operational Services Committee"],
  ["Date of last review", "Autumn 2025"],
  ["Risk register", "Yes"],
  ["Exit strategy", "Annual subscription - may withdraw at year end"],
];

const csp: Block = [
  ["Name of Partnership", "Gravesham Community Safety Partnership"],
  ["Responsible Officer", "H Marsh, Director (Communities)"],
  ["Lead Member(s)", "Councillor J Amadi, Cabinet Member for Community Safety"],
  ["Statutory Status", "Statutory partnership (Crime and Disorder Act 1998)"],
  ["Date created", "1998"],
  ["Aims and objectives of partnership", "To reduce crime, disorder and anti-social behaviour in the borough."],
  ["Expected outcomes", "Community Safety Plan targets; reduction in anti-social behaviour incidents."],
  ["Council resource provision", "£20,000 (Community Safety budget)"],
  ["Partnership governance arrangements", "Terms of reference reviewed annually"],
  ["Performance reported to", "Crime and Disorder Scrutiny Committee"],
  ["Date of last review", "February 2026"],
  ["Risk register", "Not yet - to be developed Q3 2026/27"],
  ["Exit strategy", "Not applicable - statutory partnership"],
];

const countryside: Block = [
  ["Name of Partnership", "North West Kent Countryside Partnership"],
  ["Responsible Officer", "C Doyle, Assistant Director (Planning)"],
  ["Lead Member(s)", "Councillor M Reyes, Cabinet Member for Strategic Environment"],
  ["Statutory Status", "Non-statutory partnership"],
  ["Date created", "1996"],
  ["Aims and objectives of partnership", "Countryside management, volunteering and access improvements in north west Kent."],
  ["Expected outcomes", "Volunteer days; sites managed; rights of way improved."],
  ["Council resource provision", "£8,200 per annum"],
  ["Partnership governance arrangements", "Memorandum of understanding in draft - expected Q4 2026/27"],
  ["Performance reported to", "Planning Delivery Committee"],
  ["Date of last review", "January 2026"],
  ["Risk register", "Yes - host authority's register"],
  ["Exit strategy", "None agreed"],
];

const kentDowns: Block = [
  ["Name of Partnership", "Kent Downs National Landscape Partnership"],
  ["Responsible Officer", "C Doyle, Assistant Director (Planning)"],
  ["Lead Member(s)", "Councillor M Reyes, Cabinet Member for Strategic Environment"],
  ["Statutory Status", "Statutory management plan (Countryside and Rights of Way Act 2000)"],
  ["Date created", "1997"],
  ["Aims and objectives of partnership", "To conserve and enhance the natural beauty of the Kent Downs through the statutory management plan."],
  ["Expected outcomes", "Management plan actions delivered; annual monitoring report."],
  ["Council resource provision", "Officer time"],
  ["Partnership governance arrangements", "Joint Advisory Committee terms of reference"],
  ["Performance reported to", "Planning Delivery Committee"],
  ["Date of last review", "June 2026"],
  ["Risk register", "Yes"],
  ["Exit strategy", "Withdrawal on 12 months' notice under the partnership agreement"],
];

const thamesGateway: Block = [
  ["Name of Partnership", "Thames Gateway Kent Partnership"],
  ["Responsible Officer", "Vacant - post under recruitment"],
  ["Lead Member(s)", "Councillor P Ellery, Leader of the Executive"],
  ["Statutory Status", "Non-statutory partnership"],
  ["Date created", "2001"],
  ["Aims and objectives of partnership", "To secure sustainable, private sector-led economic growth across North Kent."],
  ["Expected outcomes", "Investment secured; jobs created; infrastructure priorities advanced."],
  ["Council resource provision", "£10,000 per annum"],
  ["Partnership governance arrangements", "Articles of association (company limited by guarantee)"],
  ["Performance reported to", "Overview Scrutiny Committee"],
  ["Date of last review", "November 2025"],
  ["Risk register", "Yes"],
  ["Exit strategy", "Membership may be ended on notice under the articles"],
];

const licensing: Block = [
  ["Name of Partnership", "Licensing Shared Service (Gravesham and Medway)"],
  ["Responsible Officer", "D Kowalski, Regulatory Services Manager"],
  ["Lead Member(s)", "Councillor S Bhatt, Cabinet Member for Operational Services"],
  ["Statutory Status", "Shared working arrangement (non-statutory)"],
  ["Date created", "April 2014"],
  ["Aims and objectives of partnership", "A single licensing team serving both councils."],
  ["Expected outcomes", "Applications determined within target; savings to both councils."],
  ["Council resource provision", "£96,000 (Gravesham's share of the service)"],
  ["Partnership governance arrangements", "Section 101 agreement between the councils"],
  ["Performance reported to", "Operational Services Committee"],
  ["Date of last review", "May 2026"],
  ["Risk register", "Yes"],
  ["Exit strategy", "The agreement sets out termination and staff arrangements"],
];

const rows: Row[] = [
  [b("GRAVESHAM BOROUGH COUNCIL")],
  [b("Corporate Register of Partnerships and Shared Working Arrangements")],
  ["July 2026"],
  ["A summary of partnership and shared working arrangements"],
  [],
  [b(SIGNIFICANT)],
  [],
  ...card({ name: "Citizens Advice in North & West Kent (CANWK)", clean: true }, canwk),
  [],
  ...card({ name: "Kent Resource Partnership (KRP) Members Board", planted: ["annual-review-overdue"] }, krp),
  [],
  ...card({ name: "Kent & Medway Air Quality Partnership", clean: true }, airQuality),
  [],
  ...card({ name: "Gravesham Community Safety Partnership", planted: ["risk-register-missing"] }, csp),
  [],
  [b(KEY_OTHER)],
  [],
  ...card({ name: "North West Kent Countryside Partnership", planted: ["governance-document-missing", "exit-strategy-missing"] }, countryside),
  [],
  ...card({ name: "Kent Downs National Landscape Partnership", clean: true }, kentDowns),
  [],
  ...card({ name: "Thames Gateway Kent Partnership", planted: ["sponsoring-officer-missing", "accountable-officer-missing"] }, thamesGateway),
  [],
  ...card({ name: "Licensing Shared Service (Gravesham and Medway)", clean: true }, licensing),
];

const register: CorpusRegister = {
  id: "gravesham-borough",
  publisher: "Gravesham Borough Council",
  kind: "borough council",
  shape: "cards (label | value), a blank row between cards, two section headings",
  sources: [
    "https://docslib.org/doc/1711392/corporate-register-of-partnerships-december-2012",
    "https://vdocuments.site/web-view-2021-8-13-corporate-register-of-partnerships-and-shared-working-arrangements.html",
    "https://democracy.gravesham.gov.uk/mgAi.aspx?ID=41661",
    "https://docslib.org/doc/2359956/review-of-the-thames-gateway-kent-partnership",
  ],
  today: "2026-07-31",
  saved: "2026-07-14",
  sheets: [{ name: "Register of Partnerships", rows, widths: [38, 90] }],
  registerSheets: ["Register of Partnerships"],
  columns: {
    "Name of Partnership": "name",
    "Responsible Officer": { roles: ["sponsoringOfficer", "accountableOfficer"] },
    "Lead Member(s)": "representatives",
    "Statutory Status": null,
    "Date created": "startDate",
    "Aims and objectives of partnership": "purpose",
    "Expected outcomes": ["outcomeMeasures", null],
    "Council resource provision": "annualContribution",
    "Partnership governance arrangements": "governanceDocument",
    "Performance reported to": "reportingTo",
    "Date of last review": "lastReviewDate",
    "Risk register": "riskRegister",
    "Exit strategy": "exitStrategy",
  },
};

export default register;
