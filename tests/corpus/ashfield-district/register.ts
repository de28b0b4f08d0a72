// Ashfield District Council's scrutiny review of outside bodies classed each body Strategic/Regional, Statutory or
// Community/Citizenship, and drew up a record sheet for each: "Name of Outside Body", "Contact Information",
// "Aims and Objectives of their Organisation", "Does the Organisation have a Constitution?", "Number of meetings
// held each year", "How many representatives". Members agreed a contact officer for each category and an annual
// report from each representative. Here that record is one table. Community/citizenship appointments have no
// strategic role, so clause 2.2 puts them out of scope. People are invented.
import { b, d, p, type CorpusRegister } from "../describe.js";

const register: CorpusRegister = {
  id: "ashfield-district",
  publisher: "Ashfield District Council",
  kind: "district council (outside bodies register)",
  shape: "outside bodies register, one table; community appointments out of scope",
  sources: ["http://democracy.ashfield-dc.gov.uk/mgAi.aspx?ID=3459", "https://democracy.ashfield.gov.uk/ieListDocuments.aspx?CId=164&MId=3358&Ver=4"],
  today: "2026-11-30",
  saved: "2026-10-05",
  sheets: [
    {
      name: "Outside Bodies 2026-27",
      widths: [44, 34, 36, 44, 22, 12, 12, 30, 28, 18],
      rows: [
        [b("Ashfield District Council - Outside Bodies 2026/27")],
        ["Record sheet returns, collated by the Scrutiny Manager"],
        [],
        [
          "Name of Outside Body", "Category", "Contact Information", "Aims and Objectives of their Organisation", "Does the Organisation have a Constitution?",
          "Number of meetings held each year", "How many representatives", "Representative(s)", "ADC contact officer", "Date of representative's last annual report",
        ].map(b),
        p({ name: "Nottinghamshire Police and Crime Panel", clean: true }, [
          "Nottinghamshire Police and Crime Panel", "Joint committee - Statutory", "Panel Secretary, c/o Nottinghamshire County Council",
          "To scrutinise the Police and Crime Commissioner and review the police precept.", "Yes - panel arrangements", 6, 1, "Cllr K Doherty", "Democratic Services Manager", d("2026-05-20"),
        ]),
        p({ name: "East Midlands Councils", clean: true }, [
          "East Midlands Councils", "Outside body - Strategic/Regional", "Chief Executive, East Midlands Councils",
          "Regional voice of local government in the East Midlands.", "Yes", 4, 1, "Cllr M Fairbrother (Leader)", "Chief Executive's Office", d("2026-06-11"),
        ]),
        p({ name: "Greenwood Community Forest Partnership", planted: ["governance-document-missing"] }, [
          "Greenwood Community Forest Partnership", "Outside body - Strategic/Regional", "Partnership Officer, Greenwood Community Forest",
          "Woodland creation and green infrastructure across Nottinghamshire.", "No constitution - informal steering group", 3, 1, "Cllr S Ibe", "Place and Wellbeing Manager", d("2026-04-30"),
        ]),
        p({ name: "Ashfield Voluntary Action", planted: ["out-of-scope"], clean: true }, [
          "Ashfield Voluntary Action", "Outside body - Community/Citizenship", "Chief Officer, Ashfield Voluntary Action",
          "Support for voluntary and community groups in Ashfield.", "Yes", 10, 1, "Cllr R Pickard", "Community Development Manager", d("2026-03-16"),
        ]),
        p({ name: "Sutton-in-Ashfield Twinning Association", planted: ["out-of-scope"], clean: true }, [
          "Sutton-in-Ashfield Twinning Association", "Outside body - Community/Citizenship", "Secretary (volunteer)",
          "Links with the twin towns.", "Yes", 6, 2, "Cllr T Langley; Cllr R Pickard", "Community Development Manager", d("2026-02-09"),
        ]),
        p({ name: "Nottinghamshire Health and Wellbeing Board", planted: ["representative-missing"] }, [
          "Nottinghamshire Health and Wellbeing Board", "Joint committee - Statutory", "Democratic Services, Nottinghamshire County Council",
          "Statutory board for the joint health and wellbeing strategy.", "Yes - terms of reference", 6, 1, "Vacancy", "Democratic Services Manager", d("2025-09-22"),
        ]),
        p({ name: "Mansfield and Ashfield Community Safety Partnership", clean: true }, [
          "Mansfield and Ashfield Community Safety Partnership", "Joint committee - Statutory", "Community Safety Team, Ashfield District Council",
          "Statutory partnership to reduce crime and disorder.", "Yes - terms of reference", 4, 2, "Cllr K Doherty; Cllr S Ibe", "Community Safety Manager", d("2026-07-07"),
        ]),
      ],
    },
  ],
  registerSheets: ["Outside Bodies 2026-27"],
  columns: {
    A: "name",
    B: "legalForm",
    C: null,
    D: "purpose",
    E: "governanceDocument",
    F: null,
    G: null,
    H: "representatives",
    I: ["accountableOfficer", null],
    J: ["lastReviewDate", null],
  },
};

export default register;
