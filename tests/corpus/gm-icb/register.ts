// NHS Greater Manchester (the integrated care board) answers requests for its joint working arrangements with the
// pharmaceutical industry; the ABPI Code requires every joint working project to rest on a signed Joint Working
// Agreement, with an exit strategy and an executive summary made public before the project starts. Here the ICB's
// register of those arrangements. Projects, companies and people are invented.
import { b, d, p, type CorpusRegister } from "../describe.js";

const register: CorpusRegister = {
  id: "gm-icb",
  publisher: "NHS Greater Manchester (Integrated Care Board)",
  kind: "NHS integrated care board",
  shape: "one table; start and end dates; the partner's contribution beside the ICB's own",
  sources: [
    "https://gmintegratedcare.org.uk/freedom-of-information/foi-request/foi-2025-1430/",
    "http://c3lasvegas.com/abpi-joint-working-agreement-template",
    "https://www.bath.ac.uk/announcements/many-nhs-partnerships-with-drug-companies-out-of-public-sight",
  ],
  today: "2026-11-30",
  saved: "2026-10-31",
  sheets: [
    {
      name: "Joint Working Register",
      widths: [12, 44, 32, 20, 34, 30, 26, 14, 12, 12, 30, 16, 30, 46, 14],
      rows: [
        [b("NHS Greater Manchester Integrated Care")],
        [b("Register of joint working and collaborative working arrangements with the pharmaceutical industry")],
        ["Published in line with the ABPI Code of Practice. Updated 31 October 2026."],
        [],
        [
          "Reference", "Project title", "Pharmaceutical company / partner(s)", "Locality / team", "Senior responsible officer", "Project lead", "Joint Working Agreement signed",
          "Executive summary published", "Start date", "End date", "ICB contribution", "Company contribution", "Exit strategy", "Outcome measures / evaluation", "Status",
        ].map(b),
        p({ ref: "JW-2024-02", name: "Heart failure case-finding in primary care", clean: true }, [
          "JW-2024-02", "Heart failure case-finding in primary care", "Pennine Therapeutics UK Ltd", "Bury locality", "A Mensah, Director of Primary Care",
          "J Whittaker, Medicines Optimisation Lead", "Yes - signed 12/04/2024", "Yes", d("2024-05-01"), d("2027-04-30"), "Officer time (project management)", "£86,000",
          "Yes - clause 14 of the agreement", "Patients identified; admissions avoided (independent evaluation)", "Active",
        ]),
        p({ ref: "JW-2024-05", name: "Lipid optimisation pathway", planted: ["end-date-passed"] }, [
          "JW-2024-05", "Lipid optimisation pathway", "Calderbrook Pharma Ltd", "Oldham locality", "A Mensah, Director of Primary Care", "R Bhatti, Pharmacist Lead",
          "Yes - signed 03/09/2024", "Yes", d("2024-10-01"), d("2026-03-31"), "£12,000 (backfill)", "£64,500", "Yes - in the agreement",
          "Patients treated to target; cholesterol levels at 12 months", "Active",
        ]),
        p({ ref: "JW-2025-01", name: "Asthma biologics referral pathway", planted: ["governance-document-missing"] }, [
          "JW-2025-01", "Asthma biologics referral pathway", "Irwell Biosciences UK", "Manchester locality", "C Dunleavy, Associate Director of Transformation",
          "T Okafor, Respiratory Clinical Lead", "Agreement in draft - legal review", "No", d("2026-01-05"), d("2027-12-31"), "Officer time", "£120,000", "Yes - draft clause 12",
          "Referral times; exacerbations avoided", "In development",
        ]),
        p({ ref: "JW-2025-03", name: "Atrial fibrillation detection in community pharmacy", planted: ["exit-strategy-missing"] }, [
          "JW-2025-03", "Atrial fibrillation detection in community pharmacy", "Pennine Therapeutics UK Ltd", "Stockport locality", "A Mensah, Director of Primary Care",
          "L Jarvis, Community Pharmacy Lead", "Yes - signed 20/02/2025", "Yes", d("2025-04-01"), d("2027-03-31"), "Officer time", "£52,000", null,
          "People screened; anticoagulation started", "Active",
        ]),
        p({ ref: "JW-2025-04", name: "COPD inhaler review service", planted: ["outcome-measures-missing"] }, [
          "JW-2025-04", "COPD inhaler review service", "Calderbrook Pharma Ltd", "Wigan locality", "C Dunleavy, Associate Director of Transformation",
          "S Achterberg, Respiratory Nurse Lead", "Yes - signed 14/05/2025", "Yes", d("2025-06-01"), d("2027-05-31"), "£9,500", "£48,000", "Yes - six months' notice",
          null, "Active",
        ]),
        p({ ref: "JW-2023-02", name: "Diabetes structured education", planted: ["closed-partnership"], clean: true }, [
          "JW-2023-02", "Diabetes structured education", "Irwell Biosciences UK", "Salford locality", "C Dunleavy, Associate Director of Transformation",
          "N Farouk, Diabetes Lead", "Yes - signed 10/01/2023", "Yes", d("2023-02-01"), d("2025-09-30"), "Officer time", "£75,000", "Yes",
          "Attendance; HbA1c at 12 months - final report received", "Completed",
        ]),
        p({ ref: "JW-2025-06", name: "Chronic kidney disease early identification", clean: true }, [
          "JW-2025-06", "Chronic kidney disease early identification", "Pennine Therapeutics UK Ltd", "Tameside and Glossop locality", "A Mensah, Director of Primary Care",
          "G Ilunga, Renal Pharmacist", "Yes - signed 01/08/2025", "Yes", d("2025-09-01"), d("2027-08-31"), "£18,000 (backfill)", "£90,000", "Yes - clause 15",
          "Patients coded and reviewed; progression to dialysis (evaluation at 24 months)", "Active",
        ]),
      ],
    },
  ],
  registerSheets: ["Joint Working Register"],
  columns: {
    A: "ref",
    B: "name",
    C: "partners",
    D: "directorate",
    E: "sponsoringOfficer",
    F: "accountableOfficer",
    G: "governanceDocument",
    H: null,
    I: "startDate",
    J: "endDate",
    K: "annualContribution",
    L: null,
    M: "exitStrategy",
    N: "outcomeMeasures",
    O: "status",
  },
};

export default register;
