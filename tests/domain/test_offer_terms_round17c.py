"""Round seventeen of the letter reader, part c: each kind of miss found at first sight on the
forty-fourth batch (Greater China and South-East Asia), tested with sentences of that kind
written here (not the corpus's own)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- a month's pay said in Indonesian, Malay, Vietnamese, Thai and Chinese ---------------------


@pytest.mark.parametrize(
    ("letter", "amount", "code"),
    [
        ("Posisi: Backend Engineer\nGaji pokok: Rp 21.400.000 per bulan\n", 21400000, "IDR"),
        ("Jawatan: Juruanalisis Data\nGaji pokok: RM 7,250 sebulan\n", 7250, "MYR"),
        ("Vị trí: Kỹ sư Dữ liệu\nMức lương gross: VND 42.500.000/tháng\n", 42500000, "VND"),
        ("ตำแหน่ง\tนักวิเคราะห์ข้อมูล\nเงินเดือน\t68,500 บาท ต่อเดือน\n", 68500, "THB"),
        ("职位: 数据平台工程师\n月薪: 人民币 27,500 元(税前)\n", 27500, "CNY"),
        ("Lương cơ bản: 47.000.000 VNĐ/tháng\n", 47000000, "VND"),  # the dong's letters after
        ("Gaji pokok: Rp 17,5 juta per bulan\n", 17500000, "IDR"),  # juta: millions
        ("Mức lương: 38 triệu đồng/tháng\n", 38000000, "VND"),  # triệu: millions
    ],
)
def test_a_months_pay_in_the_regions_words(letter: str, amount: int, code: str) -> None:
    found = read_terms(letter)
    assert found.base is not None and found.base.value == Decimal(amount)
    assert found.currency is not None and found.currency.value == code
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_chinese_title_under_its_label() -> None:
    found = read_terms("职位: 数据平台工程师\n月薪: 人民币 27,500 元(税前)\n")
    assert found.title is not None and found.title.value == "数据平台工程师"


# --- 万 and 萬: ten thousands ------------------------------------------------------------------


def test_a_yearly_salary_in_wan_is_ten_thousands() -> None:
    found = read_terms("年薪: 人民币 62万元(税前)\n")
    assert found.base is not None and found.base.value == Decimal(620000)
    assert found.currency is not None and found.currency.value == "CNY"
    assert found.period is not None and found.period.value is Period.YEAR


def test_taiwan_dollars_by_nt_sign_and_by_name() -> None:
    found = read_terms("Position: Firmware Engineer\nAnnual base salary: NT$1,284,000\n")
    assert found.currency is not None and found.currency.value == "TWD"
    assert found.base is not None and found.base.value == Decimal(1284000)
    found = read_terms("職稱: 韌體工程師\n月薪: 新台幣 88,000 元\n")
    assert found.currency is not None and found.currency.value == "TWD"
    assert found.period is not None and found.period.value is Period.MONTH


def test_renminbi_and_philippine_pesos_by_their_letters() -> None:
    found = read_terms("Monthly base salary: RMB 36,500 (pre-tax)\n")
    assert found.currency is not None and found.currency.value == "CNY"
    found = read_terms("Your monthly basic salary will be PHP 72,000.\n")
    assert found.currency is not None and found.currency.value == "PHP"
    assert found.base is not None and found.base.value == Decimal(72000)


# --- dates: the Republic of China's and the Buddhist era's years, Vietnamese, Indonesian ------


def test_a_roc_year_is_counted_from_1912() -> None:
    found = read_terms("發文日期：中華民國 115 年 10 月 6 日\n\n報到日期：2027/01/11\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 10, 6)
    assert found.start is not None and found.start.value == date(2027, 1, 11)


def test_a_vietnamese_date_line() -> None:
    found = read_terms("Hà Nội, ngày 9 tháng 12 năm 2026\n\nNgày bắt đầu làm việc: 15/01/2027\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 9)
    assert found.start is not None and found.start.value == date(2027, 1, 15)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("วันเริ่มงาน\t1 กุมภาพันธ์ 2570\n", date(2027, 2, 1)),  # the Buddhist year
        ("วันเริ่มงาน\t1 มี.ค. 2570\n", date(2027, 3, 1)),  # a Thai month written short
        ("到職日：116年2月1日\n", date(2027, 2, 1)),  # a Taiwanese year without 民國
        ("Tanggal mulai bekerja: 2 Agustus 2027\n", date(2027, 8, 2)),  # Indonesian
        ("Tarikh mula bertugas: 1 Disember 2026\n", date(2026, 12, 1)),  # Malay
        ("您的入职时间为2027年2月15日。\n", date(2027, 2, 15)),  # a Chinese sentence
        ("请于2027年1月11日上午9点到公司人力资源部报到。\n", date(2027, 1, 11)),
    ],
)
def test_a_start_in_the_regions_calendars_months_and_words(line: str, day: date) -> None:
    found = read_terms(line)
    assert found.start is not None and found.start.value == day


# --- a reply asked for by a date or within working days, in the region's languages ----------


def test_a_chinese_reply_by_a_date() -> None:
    found = read_terms("2026年11月16日\n\n请于2026年11月23日前签字回传本通知书。\n")
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 23)


def test_chinese_working_days_from_the_letter_and_from_its_receipt() -> None:
    found = read_terms("发函日期：2026年11月16日\n\n请于本通知发出之日起 4 个工作日内回复确认。\n")
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 20)
    found = read_terms("2026年11月16日\n\n请在收到本函后 2 个工作日内书面回复是否接受。\n")
    assert found.deadline is not None and found.deadline.value is None
    assert (found.deadline.relative_days, found.deadline.business_days) == (2, True)


def test_indonesian_and_malay_reply_periods() -> None:
    found = read_terms(
        "Jakarta, 9 November 2026\n\n"
        "Mohon konfirmasi dalam waktu 3 (tiga) hari kerja sejak tanggal surat ini.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 12)
    found = read_terms(
        "Tarikh: 9 November 2026\n\n"
        "Sila kembalikan salinan surat ini dalam tempoh 10 hari dari tarikh surat ini.\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 9)
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 19)


def test_vietnamese_and_thai_reply_dates() -> None:
    found = read_terms("Vui lòng xác nhận bằng cách gửi lại thư này trước ngày 27/11/2026.\n")
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 27)
    found = read_terms("วันที่ 9 พฤศจิกายน 2569\n\nกรุณาลงนามตอบรับภายในวันที่ 16 พฤศจิกายน 2569\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 9)
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 16)


# --- places in the region's own letters, and its cities that are no districts ---------------


def test_a_chinese_place_of_work_in_characters() -> None:
    found = read_terms("工作地点: 杭州\n")
    assert found.location is not None and found.location.value == "杭州"
    found = read_terms("工作地點\t台中(中科園區 二廠)\n")
    assert found.location is not None and found.location.value == "台中"


def test_bangkok_in_thai_and_ho_chi_minh_city_in_vietnamese() -> None:
    found = read_terms("สถานที่ปฏิบัติงาน\tกรุงเทพมหานคร\n")
    assert found.location is not None and found.location.value == "กรุงเทพมหานคร"
    found = read_terms("Địa điểm làm việc: TP. Hồ Chí Minh\n")
    assert found.location is not None and found.location.value == "TP. Hồ Chí Minh"


def test_a_city_of_jakarta_and_a_philippine_city_keep_their_second_word() -> None:
    found = read_terms("Lokasi kerja: Jakarta Barat\n")
    assert found.location is not None and found.location.value == "Jakarta Barat"
    found = read_terms("Work location: Pasig City (Ortigas office)\n")
    assert found.location is not None and found.location.value == "Pasig City"


def test_a_town_with_a_district_after_it_is_still_the_town() -> None:
    found = read_terms("Arbeitsort: Köln-Ehrenfeld\n")
    assert found.location is not None and found.location.value == "Köln"


# --- a title in a Chinese sentence or under a Thai label; a bonus's share in the region's words


def test_a_chinese_letter_names_the_post_after_danren() -> None:
    found = read_terms("您好！我们很高兴地通知您，公司决定录用您担任 高级测试开发工程师 一职。\n")
    assert found.title is not None and found.title.value == "高级测试开发工程师"


def test_a_thai_title_under_its_label_despite_the_texts_normal_form() -> None:
    found = read_terms("ตำแหน่ง\tนักพัฒนาซอฟต์แวร์\n")
    assert found.title is not None and found.title.value == "นักพัฒนาซอฟต์แวร์"


def test_a_chinese_bonus_as_a_share_of_the_yearly_salary() -> None:
    found = read_terms("年薪: 人民币 50万元\n绩效奖金: 目标为年薪的 12%,于次年 3 月发放\n")
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(12)


def test_a_vietnamese_bonus_of_up_to_a_share_of_the_base() -> None:
    found = read_terms(
        "Mức lương gross: VND 50.000.000/tháng\n"
        "Thưởng hiệu suất: Tối đa 15% tổng lương cơ bản năm\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(15)


def test_a_chinese_bonus_of_two_shares_is_left_to_the_user() -> None:
    found = read_terms("年终奖: 年薪的 10% 至 20%,视考核结果而定\n")
    assert found.bonus_percent is None


# --- a grant, its vesting and its cliff in Chinese ---------------------------------------------


def test_a_chinese_rsu_grant_with_its_vesting_and_cliff() -> None:
    found = read_terms(
        "公司将授予您 9,600 股限制性股票单位(RSU)。归属期为 4 年:入职满 1 年归属 25%,"
        "此后每月归属。\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(9600)
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(4)
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.bonus_percent is None


def test_a_traditional_chinese_option_grant_in_three_years() -> None:
    found = read_terms("本公司將授予您 3,000 股員工認股權,分 3 年歸屬,滿一年後歸屬三分之一。\n")
    assert found.equity_units is not None and found.equity_units.value == Decimal(3000)
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(3)
    assert found.cliff_months is not None and found.cliff_months.value == 12


# --- a figure that does not say per what, in currencies whose month's pay runs high ---------


def test_a_hong_kong_or_rupiah_salary_without_its_period_is_left_to_the_user() -> None:
    for letter in ("Base salary: HK$ 52,000\n", "Gaji: Rp 25.000.000\n", "Salary: PHP 85,000\n"):
        found = read_terms(letter)
        assert found.base is not None and found.period is None
        assert "per year, month or hour" in found.unsure_note("period")


def test_a_singapore_salary_without_its_period_is_still_yearly() -> None:
    found = read_terms("Base salary: S$ 96,000\n")
    assert found.period is not None and found.period.value is Period.YEAR


# --- 15 months' pay: the year's total the letter states is the salary -----------------------


def test_a_chinese_monthly_pay_and_its_stated_year_of_fifteen_months() -> None:
    found = read_terms("薪资: 月薪人民币 28,000 元,全年 15 薪,年度总现金人民币 42万元\n")
    assert found.base is not None and found.base.value == Decimal(420000)
    assert found.period is not None and found.period.value is Period.YEAR


def test_fifteen_months_without_a_total_leave_the_monthly_pay() -> None:
    found = read_terms("月薪: 人民币 28,000 元 × 15 薪\n")
    assert found.base is not None and found.base.value == Decimal(28000)
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_chinese_sign_on_in_a_sentence_is_not_the_salary() -> None:
    found = read_terms("您的月薪为人民币 26,000 元,另有签约奖金人民币 30,000 元。\n")
    assert found.base is not None and found.base.value == Decimal(26000)
    assert found.sign_on is not None and found.sign_on.value == Decimal(30000)


def test_the_pay_of_the_job_being_left_is_no_offer() -> None:
    found = read_terms("月薪: 人民币 29,000 元\n您目前的年薪(人民币 30 万元)仅作为本次定薪参考。\n")
    assert found.base is not None and found.base.value == Decimal(29000)
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_yearly_total_that_includes_its_year_end_bonus_is_no_bonus() -> None:
    found = read_terms(
        "月薪\t新台幣 80,000 元\n保障年薪\t14 個月,合計新台幣 1,120,000 元(含年終獎金 2 個月)\n"
    )
    assert found.base is not None and found.base.value == Decimal(1120000)
    assert found.bonus_amount is None


# --- a Chinese start: its word and its date in one clause ------------------------------------


def test_a_reply_date_before_a_word_of_the_next_clause_is_no_start() -> None:
    found = read_terms("请于2026年11月30日前签字回传本通知书。报到时请携带身份证原件。\n")
    assert found.start is None
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 30)


# --- Vietnamese, Indonesian and Malay write the day first ------------------------------------


def test_a_vietnamese_letter_reads_its_numeric_start_day_first() -> None:
    found = read_terms(
        "Công ty trân trọng mời Anh gia nhập với vị trí Kỹ sư Kiểm thử, với các điều kiện như "
        "sau và theo quy chế của Công ty; Anh được hưởng các chế độ này trong thời gian làm "
        "việc tại Công ty của chúng tôi.\n\n"
        "Ngày bắt đầu làm việc: 03/02/2027\n"
    )
    assert found.start is not None and found.start.value == date(2027, 2, 3)


def test_an_indonesian_letter_reads_its_numeric_start_day_first() -> None:
    found = read_terms(
        "Dengan hormat, kami dengan senang hati menawarkan kepada Saudara posisi ini dengan "
        "ketentuan yang berlaku untuk karyawan dari perusahaan sebagai berikut, dan gaji akan "
        "dibayarkan pada akhir bulan dalam rupiah.\n\n"
        "Tanggal mulai bekerja: 08/03/2027\n"
    )
    assert found.start is not None and found.start.value == date(2027, 3, 8)


def test_a_chinese_reply_before_a_date_beside_the_start_date() -> None:
    found = read_terms("2026年11月20日\n\n请于2026年11月26日前回复,并于2027年1月11日到公司报到。\n")
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 26)
    assert found.start is not None and found.start.value == date(2027, 1, 11)
