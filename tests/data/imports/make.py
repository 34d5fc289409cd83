"""Writes the import test files: one real-looking export per preset, and the bad ones.

Run `python tests/data/imports/make.py` after changing it; the files are committed, so
the tests read bytes exactly as another tool (or Excel) would have written them.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

HUNTR = (
    "Company,Title,List,Location,Salary,URL,Date Applied,Notes,Id\r\n"
    "Stripe,Backend Engineer,Applied,Remote (EU),,https://stripe.com/jobs/1,2026-09-02,,h1\r\n"
    "Monzo,Platform Engineer,Phone Screen,London,£85k,,2026-09-03,Recruiter: Amy,h2\r\n"
    'Ramp,"Senior Engineer, Payments",Onsite,NYC,"$180,000",,2026-09-05,"Prep:\r\n'
    'system design, payments",h3\r\n'
    "Linear,Product Engineer,Offer,Remote,,,2026-09-08,offer!!,h4\r\n"
    "Figma,Software Engineer,Rejected,San Francisco,,,2026-09-10,,h5\r\n"
    "Notion,Backend Engineer,Wishlist,,,,,,h6\r\n"
    "Vercel,Developer Experience Engineer,Interview,Remote,,,2026-09-12,,h7\r\n"
    "Datadog,SRE,Applied,Paris,,,2026-09-15,,h8\r\n"
)

# Teal, saved by Excel on Windows: cp1252 (é, ü, €, – are single bytes), CRLF.
TEAL = (
    "Company Name,Job Title,Status,Date Applied,Location,Salary,Job URL,Notes,Excitement\r\n"
    "Société Générale,Développeur Backend,Interviewing,10/14/2026,Paris,55 000 €,,,4\r\n"
    "Zalando,Backend Engineer – Payments,Not Selected,10/02/2026,Berlin,,,,3\r\n"
    "Müller Systems,DevOps Engineer,No Response,09/21/2026,München,,,,2\r\n"
    "Shopify,Staff Engineer,I Withdrew,09/25/2026,Remote,,,Relocation needed,5\r\n"
    "Klarna,Senior Engineer,Offer,10/20/2026,Stockholm,,,,5\r\n"
    "Spotify,Backend Engineer,Applied,11/02/2026,Stockholm,,,,4\r\n"
    "Wise,Engineer,Bookmarked,,,,,,3\r\n"
)

# LinkedIn's "Job Applications" export: dates like 11/3/25, 2:14 PM; a resume name.
LINKEDIN = (
    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
    "Resume Name,Question And Answers\r\n"
    '"11/3/25, 2:14 PM",me@example.com,,Acme Corp,Backend Engineer,'
    "https://www.linkedin.com/jobs/view/1,resume-backend-v2.pdf,\r\n"
    '"10/28/25, 9:02 AM",me@example.com,,Globex,Senior Software Engineer,'
    "https://www.linkedin.com/jobs/view/2,resume-backend-v2.pdf,"
    '"Years of experience: 7 | Authorized: Yes"\r\n'
    '"10/13/25, 5:40 PM",me@example.com,,Initech,Platform Engineer,'
    "https://www.linkedin.com/jobs/view/3,resume-platform.pdf,\r\n"
    '"9/30/25, 11:11 AM",me@example.com,,Umbrella,SRE,'
    "https://www.linkedin.com/jobs/view/4,resume-platform.pdf,\r\n"
)

JOBSYNC = (
    "index,createdAt,applied,appliedDate,Company,JobTitle,jobType,workplaceType,Location,"
    "JobSource,Status\n"
    "1,2026-08-01T10:00:00.000Z,true,2026-08-02T09:30:00.000Z,Acme,Full Stack Developer,"
    "Full-time,Remote,Toronto,LinkedIn,applied\n"
    "2,2026-08-03T10:00:00.000Z,true,2026-08-03T12:00:00.000Z,Hooli,Backend Developer,"
    "Full-time,Hybrid,Vancouver,Indeed,interview\n"
    "3,2026-08-05T10:00:00.000Z,false,,Pied Piper,Engineer,Contract,Remote,,Company Website,"
    "draft\n"
    "4,2026-08-06T10:00:00.000Z,true,2026-08-07T08:00:00.000Z,Initrode,Developer,"
    "Full-time,On-site,Montreal,Referral,rejected\n"
    "5,2026-08-09T10:00:00.000Z,true,2026-08-09T15:00:00.000Z,Vandelay,Engineer,"
    "Part-time,Remote,,Recruiter,offer\n"
)

# A German spreadsheet saved by Excel: semicolons, cp1252 (ä, ö, ü, ß, €), dd.mm.yyyy and
# decimal commas in the salary.
GERMAN = (
    "Firma;Stelle;Ort;Status;Beworben am;Gehalt;Quelle;Notizen\r\n"
    "Bäckerei Schmidt GmbH;Softwareentwickler;Köln;Beworben;04.03.2026;52.000,00 €;"
    "StepStone;\r\n"
    "Müller & Söhne;Backend-Entwickler (m/w/d);Düsseldorf;Vorstellungsgespräch;12.03.2026;"
    "58.500,50 €;Empfehlung;Gespräch mit Frau Weiß\r\n"
    "Straßenbahn AG;DevOps Engineer;Essen;Absage;20.03.2026;;Karriereseite;\r\n"
    "Größe IT;Entwickler;Bonn;Keine Antwort;01.04.2026;;XING;\r\n"
    "Öko Energie eG;Plattform-Ingenieur;Münster;Angebot;15.04.2026;61.000 €;Personalvermittlung;"
    "\r\n"
)

RESUME_LOG = (
    "resume_version,company,role,date_applied,response_status,application_method,"
    "response_date,notes\n"
    "v1-generalist,Acme,Backend Engineer,2026-07-01,no response,job board,,\n"
    "v1-generalist,Globex,Software Engineer,2026-07-02,rejected,company site,2026-07-20,\n"
    "v2-backend,Initech,Backend Engineer,2026-07-10,phone screen,referral,2026-07-15,"
    "from Sam\n"
    "v2-backend,Hooli,Senior Backend Engineer,2026-07-12,rejected after onsite,recruiter,"
    "2026-08-01,\n"
    "v2-backend,Umbrella,Platform Engineer,2026-07-14,offer,referral,2026-08-10,\n"
    "v3-platform,Soylent,SRE,2026-07-20,interviewing,linkedin easy apply,2026-07-29,\n"
)

# A generic spreadsheet, saved by Excel as "Unicode text": UTF-16 with a BOM, tabs.
GENERIC = (
    "Employer\tPosition\tStage\tDate applied\tLocation\tSalary\tSource\tNotes\tURL\r\n"
    "Initech\tBackend Engineer\tApplied\t2026-10-01\tAustin\t\tLinkedIn\t\t\r\n"
    "Globex\tSenior Engineer\tphone screen\t2026-10-03\tRemote\t$150k\tReferral\t\t\r\n"
    "Acme\tPlatform Engineer\tonsite\t2026-10-05\tDenver\t\tRecruiter\tbring laptop\t\r\n"
    "Hooli\tSRE\trejected after onsite\t2026-10-07\t\t\tCompany site\t\t\r\n"
)

# Notion's CSV export of a job-tracker database: the title property is "Name" (the role),
# dates spelled out, a BOM.
NOTION = (
    "Name,Company,Status,Applied Date,Tags,URL,Created time\n"
    'Backend Engineer,Acme,Applied,"November 3, 2025","remote, python",'
    'https://acme.example/jobs/1,"November 3, 2025 10:15 AM"\n'
    'Platform Engineer,Globex,Phone screen,"October 21, 2025",infra,,'
    '"October 20, 2025 9:00 PM"\n'
    'Staff Engineer,Initech,Rejected,"October 2, 2025",,,"October 2, 2025 8:12 AM"\n'
    'SRE,Umbrella,Not started,,,,"November 10, 2025 7:40 PM"\n'
)

# A Google Sheets tracker: contact, follow-up date, dd/mm/yyyy dates that read only one way.
SHEETS = (
    "Company,Position,Date Applied,Status,Contact Name,Contact Email,Follow-up Date,Notes\r\n"
    "Acme,Backend Engineer,14/10/2026,Interviewing,Dana Reyes,dana@acme.example,"
    "25/11/2026,Send portfolio\r\n"
    "Globex,Data Engineer,03/10/2026,Rejected,,,,\r\n"
    "Initech,Platform Engineer,28/09/2026,Waiting for response,,,,\r\n"
)

BAD = {
    # Every kind of bad input, each on its own line of one file.
    "bad_lines.csv": (
        b"Company,Role,Status,Date applied,Notes\n"
        b"Acme,Backend Engineer,Applied,2026-09-01,fine\n"  # line 2: good
        b"Globex,Engineer,Applied,2026-02-30,\n"  # line 3: a date that does not exist
        b"Initech,Dev,Applied,2026-09-03,one,two,three\n"  # line 4: too many cells
        b"Hooli,SRE\n"  # line 5: too few
        b'Umbrella,=HYPERLINK("http://evil"),Applied,2026-09-04,\n'  # line 6: formula (a note)
        b"Soylent,Engineer,Applied,sometime,\n"  # line 7: not a date
        b",Engineer,Applied,2026-09-05,\n"  # line 8: no company
    ),
    "unterminated.csv": (
        b"Company,Role,Status,Date applied\n"
        b"Acme,Backend Engineer,Applied,2026-09-01\n"
        b'Globex,"Senior Engineer,Applied,2026-09-02\n'
        b"Initech,Dev,Applied,2026-09-03\n"
    ),
    "nul_byte.csv": b"Company,Role,Date applied\nAcme,Dev,2026-09-01\nGlo\x00bex,Dev,2026-09-02\n",
    "long_cell.csv": (
        "Company,Role,Date applied,Notes\nAcme,Dev,2026-09-01," + "x" * 100_000 + "\n"
    ).encode(),
    "not_text.csv": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "binary.csv": b"\x7fELF\x02\x01\x01" + b"\x00" * 400 + bytes(range(256)) * 4,
    # UTF-8 on the header, then bytes that are text in no encoding jobdesk reads.
    "wrong_encoding.csv": (
        b"Company,Role,Date applied\nAcme,Dev,2026-09-01\nGlo\x81\x8dbex,Dev,2026-09-02\n"
    ),
    "future.csv": b"Company,Role,Date applied\nAcme,Dev,2027-01-05\n",
    "ambiguous.csv": b"Company,Role,Date applied\nAcme,Dev,3/4/2026\nGlobex,SRE,5/6/2026\n",
}


def main() -> None:
    files = {
        "huntr.csv": b"\xef\xbb\xbf" + HUNTR.encode(),
        "teal.csv": TEAL.encode("cp1252"),
        "linkedin.csv": LINKEDIN.encode(),
        "jobsync.csv": JOBSYNC.encode(),
        "german.csv": GERMAN.encode("cp1252"),
        "resume_log.csv": b"\xef\xbb\xbf" + RESUME_LOG.encode(),
        "generic.txt": GENERIC.encode("utf-16"),
        "notion.csv": b"\xef\xbb\xbf" + NOTION.encode(),
        "sheets.csv": SHEETS.encode(),
        **BAD,
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)
        print(f"wrote {name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
