"""Contact lists as Outlook, Google Contacts, Apple Contacts and Korean offices really write them."""

from __future__ import annotations

import csv
import io

from desktop_app.exchange.people_layouts import GOOGLE_HEADER, OUTLOOK_HEADER

CARTER = {
    "First Name": "Emily",
    "Last Name": "Carter",
    "Company": "Department of State",
    "Job Title": "Director for Korea",
    "E-mail Address": "emily.carter@state.example.gov",
    "E-mail Type": "SMTP",
    "E-mail Display Name": "Emily Carter (emily.carter@state.example.gov)",
    "Business Phone": "+1 202-555-0142",
    "Mobile Phone": "+1 202-555-0199",
    "Notes": "Met at the 9th round.",
    "Categories": "Korea desk",
    "Sensitivity": "Normal",
    "Priority": "Normal",
    "Private": "False",
    "Gender": "Unspecified",
}
BROOKS = {
    "Title": "Dr.",
    "First Name": "James",
    "Middle Name": "R.",
    "Last Name": "Brooks",
    "Company": "National Security Council",
    "Job Title": "Senior Director",
    "E-mail Address": "james.brooks@nsc.example.gov",
    "Mobile Phone": "+1 (202) 555-0170",
    "Sensitivity": "Normal",
    "Private": "False",
}
HAN = {  # a Korean contact in Korean Outlook: family name in Last Name
    "First Name": "지민",
    "Last Name": "한",
    "Company": "외교부",
    "Job Title": "북미국장",
    "E-mail Address": "jimin.han@mofa.example.kr",
    "Business Phone": "+82 2-2100-7000",
}


def _csv(header: tuple[str, ...], records: list[dict[str, str]], *, newline: str = "\r\n") -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=newline, quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    for record in records:
        writer.writerow([record.get(column, "") for column in header])
    return buffer.getvalue()


def outlook_export() -> str:
    """Outlook "Export to a file → Comma Separated Values": all 92 columns, every value quoted."""
    return _csv(OUTLOOK_HEADER, [CARTER, BROOKS, HAN])


def google_export() -> str:
    """Google Contacts "Export → Google CSV" (2021 on): UTF-8, two e-mails in one cell split by " ::: "."""
    records = [
        {
            "First Name": "Sarah",
            "Last Name": "Miller",
            "File As": "Sarah Miller",
            "Organization Name": "Department of Defense",
            "Organization Title": "Country Director, Korea",
            "Labels": "* myContacts ::: Korea desk",
            "E-mail 1 - Label": "* Work",
            "E-mail 1 - Value": "sarah.miller@dod.example.gov ::: s.miller@home.example.com",
            "Phone 1 - Label": "Work",
            "Phone 1 - Value": "+1 703-555-0123",
        },
        {
            "First Name": "서연",
            "Last Name": "이",
            "Organization Name": "통일부",
            "Organization Title": "정책과장",
            "E-mail 1 - Label": "* Work",
            "E-mail 1 - Value": "seoyeon.lee@unikorea.example.kr",
        },
    ]
    return _csv(GOOGLE_HEADER, records, newline="\n")


GOOGLE_OLDER_HEADER = (
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname",
    "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Billing Information", "Directory Server",
    "Mileage", "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes", "Language", "Photo",
    "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
    "Organization 1 - Type", "Organization 1 - Name", "Organization 1 - Yomi Name", "Organization 1 - Title",
    "Organization 1 - Department", "Organization 1 - Symbol", "Organization 1 - Location",
    "Organization 1 - Job Description",
)  # fmt: skip


def google_older_export() -> bytes:
    """The Google CSV before 2021: UTF-16 with a BOM, a full "Name" besides its parts, "Organization 1 - …"."""
    records = [
        {
            "Name": "David Kim",
            "Given Name": "David",
            "Family Name": "Kim",
            "Group Membership": "* My Contacts",
            "E-mail 1 - Type": "* Work",
            "E-mail 1 - Value": "david.kim@treasury.example.gov",
            "Phone 1 - Type": "Work",
            "Phone 1 - Value": "+1 202-555-0111",
            "Organization 1 - Type": "",
            "Organization 1 - Name": "Department of the Treasury",
            "Organization 1 - Title": "Deputy Assistant Secretary",
        }
    ]
    return _csv(GOOGLE_OLDER_HEADER, records).encode("utf-16")


def korean_list() -> str:
    """A list from a Korean ministry, Korean headers, saved as Korean Excel's plain "CSV" (CP949)."""
    return (
        "성명,영문성명,직위,소속,이메일,전화,구분\r\n"
        "김민준,KIM Min-jun,북미국장,외교부,minjun.kim@mofa.example.kr,02-2100-7000,대한민국\r\n"
        "박지훈,,과장,국방부,jihoon.park@mnd.example.kr,02-748-1111,ROK\r\n"
    )


APPLE_VCARDS = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//macOS 15.1//EN\r\n"
    "N:김;민준;;;\r\n"
    "FN:김민준\r\n"
    "ORG:외교부;북미국\r\n"
    "TITLE:북미국장\r\n"
    "item1.EMAIL;type=INTERNET;type=WORK;type=pref:minjun.kim@mofa.example.kr\r\n"
    "TEL;type=WORK;type=VOICE;type=pref:+82 2-2100-7000\r\n"
    "NOTE:Prefers to be briefed in Korean\\, in the morning.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Carter;Emily;;;\r\n"
    "FN:Emily Carter\r\n"
    "ORG:Department of State;\r\n"
    "TITLE:Director for Korea\r\n"
    "EMAIL;type=INTERNET;type=WORK:emily.carter@state.example.gov\r\n"
    "TEL;type=CELL:+1 202-555-0199\r\n"
    "TEL;type=WORK:+1 202-555-0142\r\n"
    "END:VCARD\r\n"
)

OUTLOOK_VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=ko;CHARSET=utf-8:한;지민\r\n"
    "FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=ED=95=9C=EC=A7=80=EB=AF=BC\r\n"
    "ORG;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=EC=99=B8=EA=B5=90=EB=B6=80\r\n"
    "TITLE;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=EB=B6=81=EB=AF=B8=EA=B5=AD=EC=\r\n"
    "=9E=A5\r\n"
    "TEL;WORK;VOICE:+82 2-2100-7001\r\n"
    "EMAIL;PREF;INTERNET:jimin.han@mofa.example.kr\r\n"
    "REV:20261206T000000Z\r\n"
    "END:VCARD\r\n"
)
