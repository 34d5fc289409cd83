"""Label/value pairs in a letter's text: table rows, "Label: value" lines, aligned columns.

A letter's terms are most often laid out as pairs ("Start date  1 March 2027"), and a pair
says which term a value is far more surely than the words around a figure in a sentence.
The text extraction writes table rows and definition lists as "label<TAB>value" lines (see
services/letter_text.py); here they are found again, with Markdown tables, "Label: value"
lines and rows whose label and value are set apart by spaces, and each label is matched to
the term it names, in English, German, French, Dutch, Polish, Spanish, Portuguese, Italian,
Swedish, Danish, Estonian, Hebrew, Chinese, Thai, Vietnamese, Indonesian and Malay.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from jobdesk.domain.towns import is_town

MAX_LABEL_CHARS = 45
MAX_LABEL_WORDS = 6


@dataclass(frozen=True)
class Pair:
    """A label and its value, and the line they were read from (shown to the user).
    `heading` marks a label written alone on its line with the value on the next one."""

    label: str
    value: str
    source: str
    heading: bool = False
    row: str = ""  # a revised offer's table row, whose earlier column is no offer any more
    band: bool = False  # a row of a pay band's table (minimum, midpoint, maximum): no offer

    @property
    def term(self) -> str:
        """The term the label names ("" when it names none of them)."""
        return term_of_label(self.label)


# Each term, and the labels that name it (matched against the whole label, case-folded).
# Order matters: the more specific names ("sign-on bonus") come before "bonus".
_LABELS: tuple[tuple[str, str], ...] = (
    (
        "sign_on",
        r"sign[- ]?on(?:[- ]bonus| payment|[- ]prämie)?|signing bonus|sign[- ]?on[- ]?bonus|"
        r"joining bonus|"
        r"welcome bonus|welcome payment|golden hello|hiring bonus|one[- ]time bonus|einmalzahlung|"
        r"antrittsprämie|startprämie|prime d'arrivée|prime de bienvenue|tekenbonus|"
        r"welkomstbonus|premia powitalna|bonus powitalny|prime de signature|prime d'embauche|"
        r"prime à la signature|prime d'entrée|"
        r"willkommensbonus|antrittsbonus|"
        r"bono (?:de )?(?:vinculación|contratación|ingreso|firma|incorporación|bienvenida)|"
        r"b[ôo]nus de (?:contratação|assinatura|boas-vindas)|"
        r"(?:one[- ]time |one[- ]off )?joining amount|"
        # Flemish: "Welkomstpremie: € 1.500 bruto, uitbetaald met je eerste loon".
        r"welkomstpremie|startpremie|tekenpremie|aanwervingspremie|"
        r"(?:recruitment|hiring|joining|sign[- ]on) incentive",
    ),
    (
        "bonus",
        r"(?:annual |target |performance |variable |yearly )*bonus(?: target)?|"
        r"variable (?:pay|compensation|bonus)|target incentive|annual incentive|incentive|"
        # "Annual Variable Pay (at 100%): 3,16,000": an Indian table's variable pay at target.
        r"(?:annual|yearly|target) variable (?:pay|compensation|bonus)|"
        r"(?:sti|short[- ]term incentive)(?: target| plan)?|(?:target |annual )?bonus opportunity|"
        r"variable vergütung|zielbonus|bonus|jahresbonus|rémunération variable|tantieme|"
        # "Bonus annuel cible": French puts the bonus's kind after it.
        r"bonus(?: annuel| cible| de performance| sur objectifs)+|"
        r"prime(?: sur objectifs| annuelle| variable| cible| de performance)?|part variable|"
        r"variabele beloning|"
        # "Fixe : 65 k€ / Variable : 5 k€ sur objectifs": the variable part on its own.
        r"variable|variabel|"
        r"prestatiebonus|premie|premia(?: roczna)?|"
        # "Performance Linked Incentive (target)": an Indian letter's variable pay.
        r"performance linked(?: incentive| pay| bonus)?(?: \(target\))?|pli|"
        # Italian: "Bonus annuale", "Bonus MBO" (not "premio di risultato", a profit share).
        r"bonus(?: annuale| annuo| mbo| di performance)+|mbo|"
        # "Premio MBO: fino al 10 % della RAL" (not "Premio di risultato", a profit share).
        r"premio(?: mbo| annuale| annuo| di performance| obiettivi| variabile)+|"
        # Spanish, Portuguese: "Retribución variable", "Prémio de desempenho", "Bono anual".
        r"retribución variable|remuneração variável|retribuzione variabile|"
        r"(?:prémio|prêmio|bono)(?: \w+){0,2}|"
        # French: "Variable: variable annuel cible de 5 000 €".
        r"variable(?: annuel(?:le)?| cible)?",
    ),
    (
        "equity",
        # "EMI share options", "ISO options", "Performance rights": a scheme's name first.
        r"equity|(?:(?:emi|iso|nso|csop) )?(?:share |stock )?options?|rsus?|"
        r"restricted stock units?|performance rights|"
        r"stock|shares|equity grant|(?:rsu|option|stock|share) grant|vsop|esop|esops?|"
        r"aktienoptionen|virtuelle anteile|"
        r"mitarbeiterbeteiligung|bspce|actions gratuites|stock-options|aandelenopties|"
        r"opties|optieplan|certificaten|opcje(?: na akcje)?|"
        # Spanish and Portuguese: "Participaciones fantasma", "Opções sobre ações".
        r"participaciones(?: fantasma)?|opciones(?: sobre acciones)?|opções(?: sobre ações)?|"
        # Italian, Swedish, Danish, Estonian, Hebrew: "Stock option", "Optioner", "Optsioonid".
        r"opzioni|piano di stock option|optioner|aktieoptioner|optsioonid|"
        r"אופציות",
    ),
    (
        "vesting",
        r"vesting(?: schedule)?|vesting period|unverfallbarkeit|acquisition des droits|"
        r"consolidación|consolidação|omandamisperiood|הבשלה",
    ),
    (
        "base",
        r"(?:(?:annual|yearly|monthly|basic|base|gross|fixed|starting|total|hourly)\s+)*"
        r"(?:base |gross |basic )?(?:salary|pay|pay rate|rate(?: of pay)?|wage|compensation|"
        r"remuneration)(?: \(.*\))?|"
        r"(?:total |fixed |annual )*(?:fixed )?ctc(?: \(.*\))?|cost to company|"
        # A contractor's pay: "Monthly fee: EUR 8,400 net per month", "Retainer mensal fixo".
        r"(?:(?:monthly|annual|yearly|fixed|hourly|daily|service|consulting)\s+)*(?:fee|retainer)|"
        r"retainer (?:mensal|mensual)(?: fixo)?|"
        r"(?:monthly|annual) gross salary|"
        # "Annual base (incl. AWS): SGD 127,400": the pay's word left out after "base".
        r"(?:annual|yearly) base|"
        # "Base .......... £85K" under a notes page's MONEY heading: the base by its word.
        r"base|"
        r"\w*(?:gehalt|lohn|entgelt)(?: \w+){0,2}|vergütung|bruttobezug|monatsbezug|"
        r"stundenlohn|stundensatz|festgehalt|fixgehalt|"
        r"(?:rémunération|salaire)(?: [\w'’]+){0,3}|"
        # A public servant's pay: "Traitement mensuel brut", "Traitement annuel (barème B1)".
        r"traitement(?: (?:mensuel|annuel|brut|barémique|de base)){1,3}(?: \(.*\))?|"
        r"(?:bruto )?\w*salaris(?: \w+){0,2}|uurloon|"
        # "Bruto maandloon: € 4.780,00": a Dutch or Flemish wage by the month or the year.
        r"(?:bruto |vast )?(?:maand|jaar|basis)loon|"
        # Flemish writes it as one word: "Brutomaandloon: € 3.350".
        r"bruto(?:maand|jaar|uur)loon|"
        # "Inschaling: schaal 10, trede 4 … € 4.212 bruto per maand": the grade with its pay.
        r"inschaling|(?:monthly |consolidated )?emoluments?|"
        r"wynagrodzenie(?: \w+){0,3}|pensja|"
        # An intern's pay: "Monthly allowance", "Stipend", "Gratification", "Stagevergoeding".
        r"(?:monthly |internship |intern |training )(?:allowance|stipend)|stipend|"
        r"gratification(?: mensuelle)?|praktikumsvergütung|stagevergoeding|"
        r"stagiairevergoeding|traineevergoeding|"
        # Spanish and Portuguese: "Salario bruto anual", "Remuneração".
        r"(?:salario|salário|retribución|remuneración|remuneração)(?: \w+){0,2}|"
        # Latin America: "Sueldo mensual bruto", "Sueldo base bruto mensual".
        r"sueldo(?: \w+){0,3}|renta bruta(?: \w+)?|"
        # Turkish, Romanian, Czech, Greek, Japanese: "Brüt aylık ücret", "Salariu brut
        # lunar", "Hrubá měsíční mzda", "Μηνιαίες αποδοχές", "月額基本給".
        r"(?:\w+ ){0,2}(?:maaş\w*|ücret\w*|mzda|μισθός|αποδοχές)(?: \w+){0,2}|"
        r"salariu(?: \w+){0,3}|(?:月額)?基本給|月給|年収|年俸|"
        # Italian, Swedish, Danish, Estonian, Hebrew: "Retribuzione annua lorda", "RAL",
        # "Månadslön", "Månedsløn", "Töötasu", "שכר".
        r"(?:retribuzione|stipendio|compenso)(?: \w+){0,3}|ral|"
        r"(?:månads|grund|fast|års|bas|ingångs)?lön|(?:måneds|grund|fast|års|begyndelses)?løn|"
        r"töötasu|põhipalk|brutopalk|palk|שכר(?: \w+){0,2}",
    ),
    (
        "title",
        r"job title|position(?: title| offered)?|role(?: title| offered)?|title|"
        r"(?:job )?designation|job|job role|post|title of (?:the )?position|"
        r"berufsbezeichnung|jobtitel|intitulé de poste|poste occupé|functienaam|"
        # "Poste et statut : Cheffe de projet (statut cadre), position 2.2": the post first.
        r"poste et (?:statut|classification)|"
        r"(?:engagement|contract|official|working|corporate|business) title|verwendung|"
        r"vacancy(?: title)?|post title|"
        # A staffing agency's terms: "Assignment title: Data Analyst".
        r"(?:assignment|placement) (?:title|role|position)|"
        r"stelle|funktion|function|position|stellenbezeichnung|rolle|tätigkeit|"
        r"poste(?: proposé)?|intitulé du poste|titre du poste|fonction|emploi|"
        r"functie|functietitel|rol|intitulé|intitulé du stage|"
        r"stanowisko|puesto|cargo|função|funcion|función|"
        # Italian, Swedish, Danish, Estonian, Hebrew: "Ruolo", "Mansione", "Befattning",
        # "Stilling", "Ametikoht", "תפקיד".
        r"ruolo|mansione|posizione|befattning|tjänst|titel|stilling|stillingsbetegnelse|"
        r"ametikoht|ametinimetus|תפקיד|"
        # A US public employer's "Classification: Senior GIS Data Engineer".
        r"(?:job )?classification(?: title)?|qualifica",
    ),
    (
        "location",
        # "Host location: Seattle, WA": a transfer's or an assignment's place of work.
        r"(?:work |primary work |normal |office |primary |working |job |employment |host )?"
        r"location|"
        r"location of (?:work|employment)|work base|duty station|"
        r"(?:normal |usual |primary |principal )?place of (?:work|posting)|posting|"
        # "Work location after training: Hyderabad": where the job is once training ends.
        r"(?:work |job )?location after (?:the )?(?:training|induction|programme|program)|"
        r"work ?place|localisation|lieu d'affectation|dienstsitz|plaats van tewerkstelling|"
        r"base location|(?:base |main |home |contractual )?office|based (?:in|at)|work site|"
        r"(?:primary )?work ?site|store|site|"
        # A staffing agency's terms: "Client work site: Raleigh, NC" (the agency's own office
        # is elsewhere).
        r"client (?:work ?site|site|location|office)|(?:assignment|placement) (?:location|site)|"
        # "Home office: Charlotte, NC": a rotational programme's base (a value that names no
        # town, as "Home office: 2 days a week", stays blank).
        r"home (?:office|base|location)|"
        r"where(?: you(?:'|’)?ll (?:work|be based))?|place of employment|"
        r"lieu d'exécution(?: du contrat)?|lieu d’exécution(?: du contrat)?|arbeitsplatz|"
        r"arbeitsort|dienstort|standort|einsatzort|ort|"
        r"lieu de travail|lieu|"
        r"standplaats|werkplek|werklocatie|locatie|werkplaats|"
        r"miejsce pracy|lokalizacja|centro de trabajo|lugar de trabajo|local de trabalho|"
        # Italian, Swedish, Danish, Estonian, Hebrew: "Sede di lavoro", "Arbetsort",
        # "Arbejdssted", "Töökoht", "מקום העבודה".
        r"sede di lavoro|luogo di lavoro|arbetsort|placeringsort|arbejdssted|"
        r"arbejdsplads|töökoht|asukoht|מקום (?:ה)?עבודה|"
        # Flemish: "Plaats tewerkstelling: productiesite Gent-Desteldonk".
        r"plaats tewerkstelling|tewerkstellingsplaats|(?:vaste )?plaats van tewerkstelling|"
        # "Local: Florianópolis", "Miejsce świadczenia usług" (a B2B contract's), "Duty
        # location" (a US federal post), "Affectation" (a French public post).
        r"local(?: de trabalho)?|miejsce (?:świadczenia usług|wykonywania pracy)|"
        r"duty location|affectation",
    ),
    (
        "start",
        r"start(?:ing)? date|start|commencement(?: date)?|date of (?:joining|commencement)|"
        # "Tentative DOJ": an Indian letter's date of joining, by its initials.
        r"(?:(?:tentative|expected|proposed|anticipated) )?doj|entrée en service|"
        r"joining date|first day(?: of work)?|employment start|"
        r"eintritt(?:sdatum|stermin)?|arbeitsbeginn|beginn|vertragsbeginn|startdatum|"
        r"dienstbeginn|dienstantritt|stellenantritt|antritt|arbeitsantritt|"
        r"beginn des arbeitsverhältnisses|anstellungsbeginn|stellenbeginn|"
        r"date d'entrée(?: en fonction| en service)?|date de début(?: du contrat| de contrat)?|"
        r"(?:date de )?prise de fonctions?|date d'embauche|entrée en fonctions?|"
        r"début du contrat|date de démarrage|date d'arrivée|onboarding date|"
        r"ingangsdatum|datum indiensttreding|indiensttreding|datum in dienst|startdatum|"
        r"data rozpoczęcia(?: pracy)?|rozpoczęcie pracy|hire date|date of hire|"
        r"(?:anticipated|expected|planned|proposed) (?:start|joining)(?: date)?|reporting date|"
        r"(?:assignment|contract|internship|placement|engagement) start(?: date)?|"
        r"effective date|date d'effet|"
        r"(?:date de )?prise de poste|démarrage|date de démarrage|entrée en fonctions?|"
        r"début(?: du stage)?|fecha de (?:incorporación|inicio|alta)|data de (?:início|admissão)|"
        r"fecha (?:prevista|estimada) de (?:incorporación|inicio|alta)|"
        # Italian, Swedish, Danish, Estonian, Hebrew: "Data di assunzione", "Tillträde",
        # "Tiltrædelse", "Tööle asumise kuupäev", "תחילת עבודה".
        r"data di (?:inizio|assunzione|decorrenza)|decorrenza|tillträde|tillträdesdag|"
        # Spanish and Portuguese: "Incorporación: 1 de marzo de 2027".
        r"incorporación|incorporação|data de incorporação|"
        # "Início ........ 11 de janeiro de 2027": a Portuguese or Spanish summary's start.
        r"início|inicio|"
        r"anställningsdatum|tiltrædelse|tiltrædelsesdato|startdato|"
        r"tööle asumise (?:kuupäev|aeg)|töö alguse kuupäev|תחילת (?:ה)?עבודה|"
        # "Fecha de ingreso", "Início", "Resumption date" (Nigeria), "Entry on duty" (a US
        # federal post), "Einstellungstermin", "Date de nomination" (a French civil servant).
        r"fecha de ingreso|(?:data de )?início(?: previsto| prevista)?|resumption(?: date)?|"
        r"(?:(?:tentative|expected|proposed) )?entry on duty(?: date)?|einstellungstermin|"
        r"einstellungsdatum|date de (?:nomination|recrutement)|"
        # Czech, Romanian, Greek, Turkish: "Datum nástupu", "Data angajării", "Ημερομηνία
        # έναρξης", "İşe başlama tarihi".
        r"datum nástupu|nástup|data (?:angajării|începerii)|ημερομηνία (?:έναρξης|πρόσληψης)|"
        r"i\u0307?şe (?:başlama|giriş) tarihi|başlangıç tarihi|"
        # Japanese and Korean: "入社日", "入社予定日", "입사일", "입사 예정일".
        r"入社(?:予定)?日|勤務開始日|입사\s?(?:예정)?일|근무\s?시작일",
    ),
    (
        "deadline",
        r"offer (?:expires|expiry|expiry date|expiration(?: date)?|valid until|deadline)|"
        # An offer portal's status row: "Sent … Expires … 12/07/2026".
        r"expires|expiry date|expiration date|"
        r"(?:acceptance |response |reply )deadline|"
        r"deadline|reply by|respond by|accept by|please (?:reply|respond) by|valid until|"
        r"(?:response|reply|acceptance|answer) (?:required|requested|needed) by|"
        r"antwort bis|rückmeldung bis|annahmefrist|(?:angebot )?gültig bis|entscheid(?:ung)? bis|"
        r"(?:antwort|annahme|rückmelde)frist|"
        r"date limite(?: de réponse)?|réponse avant le|"
        r"reageren (?:voor|vóór)|reactie (?:voor|vóór)|uiterste reactiedatum|geldig tot|"
        r"date limite d'acceptation|réponse (?:attendue )?avant le|offre valable jusqu'au|"
        r"offer valid (?:until|till)|please confirm by|accept(?:ance)? by|"
        r"termin odpowiedzi|ważna do",
    ),
    (
        "letter_date",
        r"date|dated|datum|data|date of (?:letter|issue)|letter date|issued|issue date|"
        # A revised offer is dated by its revision.
        r"revised(?: on)?|revision date|date of revision|last revised|updated on|"
        r"date sent|offer date|date of (?:the )?offer",
    ),
)
# Chinese (Simplified and Traditional), Thai, Vietnamese, Indonesian and Malay labels, after
# the others (none of theirs matches one of these whole). A thirteenth month ("Lương tháng
# 13", "第13薪"), a festive allowance ("Tunjangan Hari Raya") and a grade ("职级", "職等") name
# no term.
_ASIAN_LABELS: tuple[tuple[str, str], ...] = (
    (
        "sign_on",
        r"签约奖金|签字费|签约金|入职奖金|簽約金|簽約獎金|到職獎金|"
        r"bonus (?:tanda tangan|penandatanganan|bergabung|menyertai|sambutan)|"
        r"thưởng (?:ký hợp đồng|gia nhập)|โบนัส(?:แรกเข้า|ต้อนรับ)",
    ),
    (
        "bonus",
        r"(?:年度|目标)?绩效奖金|年终奖金?|(?:年度|目標)?績效獎金|年終獎金|"
        r"bonus (?:kinerja|tahunan|prestasi)|thưởng (?:hiệu suất|hiệu quả công việc)|"
        r"โบนัส(?:ประจำปี)?",
    ),
    (
        "base",
        r"(?:保障|税前|稅前|固定|基本)?(?:年薪|月薪)(?:资|資)?|基本(?:工资|工資|月薪)|底薪|本薪|"
        r"薪资|薪資|薪酬|"
        r"gaji(?: pokok| bulanan| asas| dasar)?|upah(?: pokok)?|"
        r"(?:mức )?lương(?: gross| cơ bản)?(?: gross)?|เงินเดือน(?:พื้นฐาน)?|ค่าจ้าง",
    ),
    (
        "title",
        r"(?:拟聘|擬聘|应聘|應聘|录用|錄用)?(?:职位|職位|岗位|崗位)(?:名称|名稱)?|职务|職務|职称|職稱|"
        r"posisi|jabatan|jawatan|vị trí(?: công việc)?|chức danh|ตำแหน่ง(?:งาน)?",
    ),
    (
        "location",
        r"工作地点|工作地點|上班地点|上班地點|办公地点|辦公地點|"
        r"lokasi(?: kerja| penempatan)?|tempat (?:kerja|bertugas)|penempatan|"
        r"địa điểm làm việc|nơi làm việc|สถานที่(?:ปฏิบัติงาน|ทำงาน)",
    ),
    (
        "start",
        r"入职日期|入職日期|报到日期|報到日期|到职日期|到職日期?|入职时间|入職時間|"
        r"tanggal (?:mulai|bergabung)(?: bekerja| kerja)?|"
        r"tarikh (?:mula|melapor diri)(?: bertugas| bekerja)?|"
        r"ngày (?:bắt đầu|nhận việc)(?: làm việc)?|วันเริ่ม(?:งาน|ปฏิบัติงาน)",
    ),
    (
        "deadline",
        r"回复期限|回覆期限|答复期限|回复截止日期|回覆截止日期|"
        r"batas (?:waktu )?(?:konfirmasi|penerimaan)|tarikh akhir (?:penerimaan|jawapan)|"
        r"hạn (?:xác nhận|phản hồi|trả lời)",
    ),
    (
        "letter_date",
        r"发函日期|發文日期|發函日期|日期|tarikh|tanggal(?: surat)?|ngày(?: gửi)?|วันที่",
    ),
)
# The labels are matched in the text's NFKC form, which writes Thai's "ำ" as two marks.
_COMPILED = tuple(
    (term, re.compile(rf"(?:{unicodedata.normalize('NFKC', pattern)})", re.IGNORECASE))
    for term, pattern in (*_LABELS, *_ASIAN_LABELS)
)


def term_of_label(label: str) -> str:
    """The term a label names, or "" (a label must be the term's name, not contain it)."""
    plain = " ".join(label.replace("*", "").replace("_", " ").split()).strip(" :.-–")
    plain = plain.replace("’", "'")  # "Date d’embauche": the typographic apostrophe
    plain = plain.casefold()
    # "Total Fixed CTC Annual (₹)": a column's period and currency do not change the term.
    plain = _LABEL_TAIL.sub("", plain)
    # "Target annual bonus (15% of": a bracket the table's wrapped cell left open.
    plain = re.sub(r"\s*\([^()]*$", "", plain)
    # "1. Position", "3) Commencement": a numbered list of terms; not "13. Monatsgehalt" nor
    # "14. Gehalt" (a thirteenth or fourteenth salary, which its number names).
    plain = _LABEL_NUMBER.sub("", plain)
    if not plain:
        return ""
    if " / " in plain:
        # "Arbeitsort / Place of work": one label in two languages names one term.
        halves = {term_of_label(half) for half in plain.split(" / ")} - {""}
        return halves.pop() if len(halves) == 1 else ""
    for term, pattern in _COMPILED:
        if pattern.fullmatch(plain):
            return term
    if (new := _NEW_LABEL.match(plain)) and plain[new.end() :]:
        # "Nieuwe standplaats", "Neuer Arbeitsort", "New base salary": a changed term's label.
        return term_of_label(plain[new.end() :])
    return ""


_NEW_LABEL = re.compile(r"(?:new|revised|nieuwe?|neue[rsn]?|nouvel(?:le)?|nouveau|nowe?|nowa)\s+")
_LABEL_NUMBER = re.compile(r"^(?!1[34]\.)\d{1,2}[.)]\s+")
_LABEL_TAIL = re.compile(
    r"(?:\s*\([^)]*\)|\s+(?:annual|annually|monthly|yearly|per annum|p\.a\.|per month|"
    r"jährlich|monatlich|annuel|mensuel|per jaar|per maand|rocznie|miesięcznie|"
    # "Variable Pay at 100%": the level the figure is quoted at.
    r"at 100 ?%|at target))+$"
)
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_COLON_PAIR = re.compile(
    r"^\s*(?:[-*•·]\s+)?(?:\*\*|__)?(?P<label>[^\W\d][^:|]{0,44}?)(?:\*\*|__)?\s*:\s*"
    r"(?:\*\*|__)?(?P<value>\S.*?)(?:\*\*|__)?\s*$"
)
# "  Base salary ......... $182,000.00 USD / year": a portal's summary with dot leaders.
_DOTTED_PAIR = re.compile(
    r"^\s*(?:[-*•·]\s+)?(?P<label>[^\W\d][^.:|]{0,44}?)\s*(?:\.{3,}|…+|·{3,})\s*(?P<value>\S.*)$"
)
# "• Role – Senior Product Manager": a summary's bullet with its label before a dash.
_DASH_PAIR = re.compile(
    # The value starts as a value does (not "Position – overview", a section's heading).
    r"^\s*(?:[-*•·]\s+)?(?P<label>[^\W\d][^–—:|]{0,44}?)\s+[–—]\s+(?P<value>[^\sa-z].*)$"
)
_QUOTED = re.compile(r"^\s*>(?:\s?>)*\s?")
_SPACED_PAIR = re.compile(r"^\s*(?P<label>[^\W\d](?:\S| (?! ))*)\s{2,}(?P<value>\S.*)$")


def pairs(text: str) -> list[Pair]:
    """Every label/value pair in the text, in the order of the letter."""
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ").replace("\u202f", " ")
    found: list[Pair] = []
    header: list[str] | None = None
    revised: int | None = None  # a revised offer's table: the column of the new terms
    # "START DATE" over "==========": a heading's underline is no value.
    lines = unwrapped_cells(
        [
            _QUOTED.sub("", raw.rstrip())  # "> > - CTC : INR …": a quoted mail's rows
            for raw in _without_front_matter(text.splitlines())
            if not re.fullmatch(r"\s*[=~_]{3,}\s*", raw)
        ]
    )
    signer = -1  # the last line of a signature block ("By: … / Name: / Title: / Date:")
    for index, line in enumerate(lines):
        if not line.strip():
            header = None
            continue
        if SIGNED_BY.match(line):
            signer = index + 3
        if index <= signer and _SIGNER_LINE.match(line):
            continue  # the signer's own name, title and date, not the offer's
        if _BLANK_TO_FILL.match(line):
            continue  # "Date: ________ (on or before …)": a field for the signer to fill in
        heading = _heading_pair(line, lines[index + 1 : index + 3])
        if heading is not None:
            found.append(heading)
            continue
        cells = _cells(line)
        if cells is not None:
            if _TABLE_RULE.match(line.strip()):
                continue
            if (column := _revised_column(cells)) is not None:
                revised, header = column, None
                continue  # "Term | Previous | Revised": the heading of a revision's table
            if (column := _compared_column(cells) or _target_column(cells)) is not None:
                revised, header = column, None
                continue  # "Term | Current | New", "Element | Target | Maximum"
            if revised is not None and len(cells) == 2 and len(_WIDE_GAP.split(cells[1])) == 2:
                cells = [cells[0], *_WIDE_GAP.split(cells[1])]  # the columns set out by spaces
            if revised is not None and len(cells) > revised:
                cells = [cells[0], cells[revised]]  # what the letter offers now, not before
                found.extend(replace(p, row=line) for p in _row_pairs(cells, header, line))
                continue
            if header is not None and _band_heading(header):
                # "Grade 9 | Minimum | Midpoint | Maximum": the band's figures, not the offer's.
                found.extend(
                    replace(p, row=line, band=True) for p in _row_pairs(cells, header, line)
                )
                continue
            found.extend(_row_pairs(cells, header, line))
            if header is None:
                header = cells
            continue
        header = None
        revised = None
        spaced = [c for c in _WIDE_GAP.split(line.strip()) if c]
        if len(spaced) == 2 and (column := _compared_column(spaced) or _target_column(spaced)):
            revised = column  # "Current    Effective January 4, 2027" over tabbed rows
            continue
        if index and (columns := _under_headings(lines[index - 1], line)):
            found.extend(columns)
            continue
        m = _DOTTED_PAIR.match(line)
        if m and _is_label(m["label"]) and term_of_label(m["label"]):
            found.append(Pair(_tidy(m["label"]), _tidy(m["value"]), line.strip()))
            continue
        m = _DASH_PAIR.match(line)
        if m and _is_label(m["label"]) and term_of_label(m["label"]):
            found.append(Pair(_tidy(m["label"]), _tidy(m["value"]), line.strip()))
            continue
        m = _COLON_PAIR.match(line)
        if m and _is_label(m["label"]):
            found.append(Pair(_tidy(m["label"]), _tidy(m["value"]), line.strip()))
            continue
        m = _SPACED_PAIR.match(line)
        if m and _is_label(m["label"]) and term_of_label(m["label"]):
            value = _offered_column(line, m.start("value"), lines[max(0, index - 8) : index])
            if value:
                # The row's other columns are not the offer: the row is read from its pair.
                row = line if value != line[m.start("value") :] else ""
                found.append(Pair(_tidy(m["label"]), _tidy(value), line.strip(), row=row))
    return found


def _without_front_matter(lines: list[str]) -> list[str]:
    """A Markdown note's front matter ("---" / "title: "Proposition …"" / "---") blanked:
    the note's own fields (its title, source, tags), not the letter's terms."""
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if start >= len(lines) or lines[start].strip() != "---":
        return lines
    end = next(
        (i for i in range(start + 1, min(len(lines), start + 30)) if lines[i].strip() == "---"), 0
    )
    if not end or not all(
        re.match(r"\s*[\w-]+\s*:", line) or not line.strip() or line.startswith((" ", "-"))
        for line in lines[start + 1 : end]
    ):
        return lines
    return ["" for _ in lines[: end + 1]] + lines[end + 1 :]


_WIDE_GAP = re.compile(r"\s{3,}")
# A signature block under a letter: "By: /s/ Oliver Strand", then the officer's "Name:",
# "Title:" and "Date:" (a countersignature's day, not the letter's).
_BLANK_TO_FILL = re.compile(r"^[^:\t]{1,30}[:\t]\s*_{3,}")
SIGNED_BY = re.compile(r"^\s*(?:By|Par|Durch|Door)\s*:", re.IGNORECASE)
_SIGNER_LINE = re.compile(
    r"^\s*(?:By|Par|Durch|Door|Name|Nom|Naam|Title|Titre|Funktion|Position|Date|Datum)\s*:",
    re.IGNORECASE,
)


def _under_headings(above: str, line: str) -> list[Pair]:
    """A status table set out by spaces, its headings on one line and its values on the next
    ("Offer    Status    Sent    Expires" over "OF-22817    Awaiting response    11/30/2026
    12/07/2026"): each value under the heading that names its term."""
    headings = [c for c in _WIDE_GAP.split(above.strip()) if c]
    values = [c for c in _WIDE_GAP.split(line.strip()) if c]
    if len(headings) < 3 or len(headings) != len(values) or re.search(r"\d", above):
        return []
    if not all(_is_label(h) for h in headings) or any(term_of_label(v) for v in values):
        return []
    # The offer's own row: the day it was sent is the letter's (not an e-signature's "Sent:"
    # line, the envelope's).
    headings = ["Date sent" if h.casefold() == "sent" else _tidy(h) for h in headings]
    return [
        Pair(h, _tidy(v), f"{h}: {_tidy(v)}")
        for h, v in zip(headings, values, strict=True)
        if term_of_label(h)
    ]


_COLUMN = re.compile(r"\S+(?: \S+)*")
_OFFER_HEADING = re.compile(r"\boffer(?:ed)?\b|\bangebot\b|\boffre\b|\baanbod\b", re.I)
_NOT_OFFERED = re.compile(r"\breference\b|\bnot\b|\bcompar\w*|\bvergleich\w*", re.I)


# "Year 1   Year 2   Year 3   Year 4", "Jahr 1  Jahr 2", "Année 1": a table year by year.
_YEAR_HEADING = re.compile(
    r"\b(?:Year|Jahr|Année|Jaar|Año)\s+1\b.*\b(?:Year|Jahr|Année|Jaar|Año)\s+2\b", re.I
)


def _offered_column(line: str, start: int, above: list[str]) -> str:
    """The value of a row set out in columns by spaces ("Title  Senior Engineer  Staff
    Engineer"): the column the heading above calls the offer ("Senior (L4) - OFFER"
    beside "Staff (L5) - for reference only"); "" when the row has several columns and no
    heading says which is offered, for two values in one are neither."""
    value = line[start:]
    columns = [(start + c.start(), c.group(0)) for c in re.finditer(r"\S+(?: \S+)*", value)]
    # "Variable Pay at 100%   -   2,64,000": a dash is an empty cell (no monthly figure).
    filled = [c for c in columns if c[1] not in ("-", "–", "—")]
    if len(filled) == 1 and len(columns) == 2:
        return filled[0][1]
    if len(columns) < 2:
        return value
    if len({c[1] for c in columns}) == 1 and any(_YEAR_HEADING.search(h) for h in above):
        # "Base salary   178,000  178,000  178,000  178,000" under "Year 1  Year 2  …": the
        # same figure every year is the row's one value.
        return columns[0][1]
    for heading in reversed(above):
        spans = [(c.start(), c.group(0)) for c in _COLUMN.finditer(heading)]
        offered = [
            at
            for at, words in spans
            if _OFFER_HEADING.search(words) and not _NOT_OFFERED.search(words)
        ]
        if len(spans) >= 2 and len(offered) != 1:
            # "Ziel    Maximum" over "Bonus (Ziel 20 %)   CHF 36'400   CHF 72'800": the target.
            offered = [at for at, words in spans if _TARGET_HEADING.fullmatch(_bare(words))]
            if not any(_MAXIMUM_HEADING.fullmatch(_bare(words)) for _, words in spans):
                offered = []
        if len(spans) >= 2 and len(offered) == 1:
            nearest = min(columns, key=lambda c: abs(c[0] - offered[0]))
            return nearest[1]
    return ""


def _bare(cell: str) -> str:
    """A column's heading without its note in brackets ("Ziel (100 %)" → "Ziel")."""
    return re.sub(r"\s*\([^()]*\)$", "", _tidy(cell))


_GOES_ON = re.compile(r"[a-zäöüßéèàç]")


def unwrapped_cells(lines: list[str]) -> list[str]:
    """A two-cell row whose cells wrapped onto the next line ("Prime de | 5 000 € bruts,
    versée avec le" over "bienvenue | premier salaire") joined back into one row: a label
    cut at its first words names another term ("Prime" is a bonus, "Prime de bienvenue" a
    sign-on). The next row goes on the row above when both its cells start in lower case."""
    out: list[str] = []
    for line in lines:
        if out and "\t" in line.strip() and "\t" in out[-1].strip():
            above = [c.strip() for c in out[-1].strip().split("\t") if c.strip()]
            below = [c.strip() for c in line.strip().split("\t") if c.strip()]
            if (
                len(above) == 2
                and len(below) == 2
                and len(below[0].split()) <= 2
                and _GOES_ON.match(below[0])
                and _GOES_ON.match(below[1])
            ):
                out[-1] = f"{above[0]} {below[0]}\t{above[1]} {below[1]}"
                continue
        # A PDF may set a blank line between a row and its label's end.
        row = len(out) - 1 if out and out[-1].strip() else len(out) - 2
        if row >= 0 and "\t" not in line and _LABEL_GOES_ON.match(line) and "\t" in out[row]:
            above = [c.strip() for c in out[row].strip().split("\t") if c.strip()]
            if len(above) == 2 and len(_WIDE_GAP.split(above[1])) >= 2:
                # "Target annual | $31,800   $31,800   …" over "   bonus (15%)": a table's
                # label wrapped in its narrow first column, under its row of figures.
                out[row] = f"{above[0]} {line.strip()}\t{above[1]}"
                continue
        out.append(line)
    return out


_LABEL_GOES_ON = re.compile(r"^\s{2,}[a-zäöüéèà][^\t\d]{0,25}(?:\(\d{1,3}\s?%\))?\s*$")


_PROSE_START = re.compile(
    r"(?:your|you|we|this|the|our|please|in|as|if|ihr|ihre|sie|wir|die|der|das|nous|vous|"
    r"votre|le|la|les|je|jij|wij|u|uw|de|het|pan|pani|prosimy)\b",
    re.IGNORECASE,
)


_MONEY_FIRST = re.compile(
    r"(?:(?:up to|bis zu|jusqu'à|tot)\s+)?(?:[A-Z]{3}|[$€£₹]|Rs\.?|CHF|S\$|A\$|C\$)\s?\d"
)


_DATE_FIRST = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+[A-Z][a-zé]+\s+20\d\d|[A-Z][a-z]+\s+\d{1,2},?\s+20\d\d|"
    r"\d{1,2}[./-]\d{1,2}[./-]20\d\d)"
)


def _heading_pair(line: str, following: list[str]) -> Pair | None:
    """ "Salary" alone on its line and "£72,500 per annum" on the next: a pair, when the
    label names a term and the next line is a short value, not the start of a paragraph."""
    label = _tidy(line)
    raw_value = next((v for v in following if v.strip()), "")
    value = raw_value.strip()
    # "Annual bonus" over an indented "Up to 20% of base salary, subject to …": a value set
    # in under its label is that label's, however long.
    indented = _indent(raw_value) >= _indent(line) + 2 and raw_value is following[0]
    # "## Role" over "**Full-Stack Engineer** in the Platform pod, …": the bold words that
    # open the paragraph under a title's heading are the title.
    bold = re.match(r"(?:\*\*|__)(?P<t>[^*_\n]{2,60})(?:\*\*|__)", value)
    heading = re.sub(r"^#{1,6}\s*(?:(?:the|your)\s+)?", "", label, flags=re.IGNORECASE)
    if bold and len(heading.split()) <= 3 and term_of_label(heading) == "title":
        title = bold["t"].strip()
        return Pair(heading, title, f"{heading}: {title}", heading=True)
    if len(label.split()) > 4 or not term_of_label(label) or ":" in label:
        return None
    # A place of work may run on with its working pattern ("London (Battersea), hybrid -
    # three days a week in the office"): longer, when it starts with a real town.
    longer = term_of_label(label) == "location" and is_town(re.split(r"[(,;]", value)[0])
    # "Total Fixed CTC" over "INR 78,50,000 per annum (Rupees Seventy-Eight Lakh Fifty
    # Thousand only)": a figure with its period and its words is still a short value.
    longer = longer or bool(_MONEY_FIRST.match(value))
    # "Start date" over "Tuesday 6 April 2027, or another date we agree": a date first.
    longer = longer or (
        term_of_label(label) in ("start", "deadline") and bool(_DATE_FIRST.match(value))
    )
    if (
        not value
        or len(value) > (200 if indented else 100 if longer else 60)
        or len(value.split()) > (40 if indented else 16 if longer else 8)
        or (value.endswith((".", "!", "?", ":")) and not indented)
        or (_PROSE_START.match(value) and not indented)
        or _cells(value) is not None
        or _COLON_PAIR.match(value)
        or term_of_label(value)
    ):
        return None
    value = _tidy(value)
    return Pair(label, value, f"{label}: {value}", heading=True)


_BEFORE_HEADING = re.compile(
    r"previous(?: offer)?|original(?: offer)?|initial offer|old|was|current offer|"
    r"bisher|vorher|ursprünglich|précédent|initial|ancien|oud|vorig|eerder|poprzednio",
    re.IGNORECASE,
)
_NOW_HEADING = re.compile(
    r"revised(?: offer)?|new(?: offer)?|updated(?: offer)?|now|proposed|neu|aktualisiert|"
    r"révisé|nouveau|nouvelle offre|nieuw|herzien|aangepast|nowa|po zmianie",
    re.IGNORECASE,
)


# A promotion's or transfer's table sets the terms today beside the new ones ("Current |
# New", "Bisher | Neu ab 1. Januar 2027", "Letter of November 9 | This letter"): the new
# column is the offer. Headings written on their own, as a new table's kind of word.
_CURRENT_HEADING = re.compile(
    r"current(?: terms| role| position)?|existing|today|aktuell|derzeit|actuel(?:le)?|"
    r"huidig|obecnie|(?:our )?(?:letter|offer) (?:of|dated) .+|"
    r"(?:Schreiben|Angebot) vom .+|(?:lettre|offre|courrier) du .+|(?:brief|aanbod) van .+",
    re.IGNORECASE,
)
_NEW_HEADING = re.compile(
    r"(?:new|neu|nouveau|nouvelle|nieuw|nowe?)? ?(?:from|as of|with effect from|effective|ab|"
    r"à compter du|à partir du|vanaf|per|od) .+|this (?:letter|offer)|dieses (?:Schreiben|Angebot)"
    r"|cette (?:lettre|offre)|deze brief|dit aanbod|"
    # "Current | Offered", "Current (as disclosed) | Northwind offer", "Actuel | Proposé": a
    # candidate's package today beside the offer; the offer's column, by the company's name.
    r"offered|our offer|(?:[\w&'’.-]+ ){1,2}offer|proposée?|angeboten|unser Angebot|"
    r"notre offre|ons aanbod",
    re.IGNORECASE,
)


def _heading_kind(cell: str) -> str:
    """ "before" or "now" for a comparison table's column heading, else ""."""
    plain = re.sub(r"\s*\([^()]*\)$", "", _tidy(cell))
    if _BEFORE_HEADING.fullmatch(plain) or _CURRENT_HEADING.fullmatch(plain):
        return "before"
    if _NOW_HEADING.fullmatch(plain) or _NEW_HEADING.fullmatch(plain):
        return "now"
    return ""


def _compared_column(cells: list[str]) -> int | None:
    """The column of the new terms in a comparison table's heading row (see `_CURRENT_HEADING`),
    counted in the rows below, whose first cell is the label: the heading row may leave the
    label's column out ("Bisher | Neu ab …" over "Funktion | … | …")."""
    kinds = [_heading_kind(c) for c in cells]
    if kinds.count("before") != 1 or kinds.count("now") != 1:
        return None
    if kinds.index("before") > 0 and kinds.index("now") > 0:
        return kinds.index("now")
    if len(cells) == 2 and kinds == ["before", "now"]:
        return 2
    return None


# A reward table sets the bonus at target beside its maximum ("Element | Target | Maximum",
# "At target | At maximum", "Ziel (100 %) | Maximum", "Cible | Maximum"): the target's column
# is the offer's figure, the maximum only what it may come to.
_TARGET_HEADING = re.compile(
    r"(?:at |on )?target|ziel(?:wert)?|cible|doel|objetivo|objectif", re.IGNORECASE
)
_MAXIMUM_HEADING = re.compile(
    r"(?:at |up to )?(?:the )?(?:maximum|max\.?|cap)|plafond|höchstens|maximal", re.IGNORECASE
)


_BAND_END = re.compile(
    r"min(?:imum|\.)?|minimaal|mindest\w*|untergrenze|plancher|mínimo|"
    r"max(?:imum|\.)?|maximaal|höchst\w*|obergrenze|plafond|máximo",
    re.IGNORECASE,
)
_BAND_MIDDLE = re.compile(r"mid(?:point|dle|den)?|median|mediaan|midpunt|médian|medio", re.I)


def _band_heading(cells: list[str]) -> bool:
    """A pay band's heading row ("Functiegroep 9 | Minimum | Midden | Maximum", "Grade 6 |
    Min | Mid | Max"): its lowest and highest ends, and nothing else but a middle."""
    plain = [_bare(c) for c in cells]
    plain = plain if _column_word(plain[0]) else plain[1:]
    ends = [c for c in plain if _BAND_END.fullmatch(c)]
    others = [c for c in plain if not _BAND_END.fullmatch(c) and not _BAND_MIDDLE.fullmatch(c)]
    return len(ends) == 2 and not others and len({e[:3].casefold() for e in ends}) == 2


def _target_column(cells: list[str]) -> int | None:
    """The target's column in a reward table's heading row that sets it beside the
    maximum (see `_TARGET_HEADING`), counted in the rows below as `_compared_column`."""
    plain = [_bare(c) for c in cells]
    target = [i for i, c in enumerate(plain) if _TARGET_HEADING.fullmatch(c)]
    most = [i for i, c in enumerate(plain) if _MAXIMUM_HEADING.fullmatch(c)]
    if len(target) != 1 or len(most) != 1 or target[0] > most[0]:
        return None
    if _column_word(plain[0]):
        return target[0] + 1  # "Minimum | Target | Maximum": the rows' labels come first
    return target[0]


def _column_word(cell: str) -> bool:
    """A reward or band table's column heading (target, maximum, minimum, middle), not the
    heading of its labels' column ("Element", "Component")."""
    patterns = (_TARGET_HEADING, _MAXIMUM_HEADING, _BAND_END, _BAND_MIDDLE)
    return any(p.fullmatch(cell) for p in patterns)


def _revised_column(cells: list[str]) -> int | None:
    """The column of a revised offer's new terms, in a heading row that sets them beside
    the earlier ones ("Term | Previous | Revised"); None for any other row."""
    # "Original (Nov 20)", "Revised (1 Dec)": a heading may carry the version's date.
    plain = [re.sub(r"\s*\([^()]*\)$", "", _tidy(c)) for c in cells]
    before = [i for i, c in enumerate(plain) if _BEFORE_HEADING.fullmatch(c)]
    now = [i for i, c in enumerate(plain) if _NOW_HEADING.fullmatch(c)]
    if len(before) == 1 and len(now) == 1 and before[0] > 0 and now[0] > 0:
        return now[0]
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _cells(line: str) -> list[str] | None:
    """The cells of a table row (tab-separated, or a Markdown "| a | b |" row), else None."""
    stripped = line.strip()
    if "\t" in stripped:
        return [c.strip() for c in stripped.split("\t") if c.strip()]
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [c.strip() for c in stripped.strip("|").split("|")]
    return None


def _row_pairs(cells: list[str], header: list[str] | None, line: str) -> list[Pair]:
    cells = [_tidy(c) for c in cells]
    if len(cells) < 2 or not cells[0]:
        return []
    own = [_COLON_PAIR.match(c) for c in cells]
    if all(m and _is_label(m["label"]) and term_of_label(m["label"]) for m in own):
        # "Lieu de travail : Lyon | Place of work: Lyon": each cell a pair of its own (a
        # letter in two languages side by side), the first (governing) one first.
        each = zip(own, cells, strict=True)
        return [Pair(_tidy(m["label"]), _tidy(m["value"]), c) for m, c in each if m]
    if len(cells) == 2:
        return [Pair(cells[0], cells[1], f"{cells[0]}: {cells[1]}")]
    # A wider table ("Component | Monthly | Annual"): each value is named by its row's label
    # and its column's heading, so "Total CTC Annual (₹)" keeps both.
    out = []
    for index, value in enumerate(cells[1:], start=1):
        heading = header[index] if header is not None and index < len(header) else ""
        label = f"{cells[0]} {heading}".strip() if heading != value else cells[0]
        if value:
            out.append(Pair(label, value, f"{label}: {value}"))
    return out


def _is_label(label: str) -> bool:
    # "Variable Pay at 100% (10% of Fixed CTC)": a note in brackets is no part of its length.
    bare = re.sub(r"\s*\([^()]*\)", "", label)
    words = bare.split()
    return (
        0 < len(words) <= MAX_LABEL_WORDS
        and len(bare) <= MAX_LABEL_CHARS
        # A stop ends a sentence, not a label; "(incl. AWS)" is an abbreviation's.
        # "Bonus (Ziel 20 %, max. 40 %)": "max." and "min." are abbreviations too.
        and not re.search(
            r"(?<!\bincl)(?<!\bexcl)(?<!\bapprox)(?<!\bp\.a)(?<!\bmax)(?<!\bmin)[.!?;]\s", label
        )
        and not label.rstrip().endswith((",", "."))
    )


def _tidy(text: str) -> str:
    text = text.replace("**", "").replace("__", "")
    return " ".join(text.split()).strip(" :")


# A table that sets the terms one has beside the terms offered ("Current | New role", "Nu |
# Ons voorstel", "Offre initiale | Nouvelle proposition"): only the offered column is the
# offer's.
_COLUMN_NOUN = (
    r"(?:\s+(?:offer|terms|role|position|package|proposal|salary|contract|aanbod|voorstel|"
    r"functie|Angebot|Vertrag|Konditionen|offre|proposition|conditions|poste))?"
)
_OLD_COLUMN = re.compile(
    r"(?:your\s+)?(?:current|present|existing|old|previous|original|earlier|initial|first|v1|now|"
    r"today|nu|huidig\w*|eerder\w*|oorspronkelijk\w*|bisher\w*|aktuell\w*|derzeit\w*|alt\w*|"
    r"ursprünglich\w*|heute|actuel\w*|ancien\w*|initial\w*|précédent\w*|aujourd['’]hui|"
    r"première|premier)" + _COLUMN_NOUN + r"(?:\s*\(v?1\))?",
    re.IGNORECASE,
)
_NEW_COLUMN = re.compile(
    r"(?:(?:our|ons|notre|unser\w*)\s+)?(?:new|revised|proposed|updated|improved|final|v2|"
    r"nieuw\w*|voorstel|neu\w*|künftig\w*|nouve\w*|révisé\w*|proposé\w*|offer|aanbod|"
    r"Angebot|proposition|offre)" + _COLUMN_NOUN + r"(?:\s*\(v?2\))?",
    re.IGNORECASE,
)
_SEPARATOR_ROW = re.compile(r"[\s|:+=-]*")


def _cells_of(line: str) -> tuple[str, list[tuple[int, str]]]:
    """A row's cells with where each starts, and how the row is cut ("|", "\t" or "  ")."""
    if line.count("|") >= 2:
        parts = line.strip().split("|")
        if line.strip().startswith("|"):
            parts = parts[1:]
        if line.strip().endswith("|"):
            parts = parts[:-1]
        return "|", [(0, part.strip().strip("*")) for part in parts]
    if "\t" in line:
        cells, at = [], 0
        for part in line.split("\t"):
            cells.append((at, part.strip()))
            at += len(part) + 1
        return "\t", cells
    return "  ", [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]


def newest_column(text: str) -> str:
    """The text with each comparison table cut to its label column and its offered one."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        kind, cells = _cells_of(line)
        names = [name for _, name in cells]
        old = [i for i, name in enumerate(names) if _OLD_COLUMN.fullmatch(name)]
        new = [i for i, name in enumerate(names) if _NEW_COLUMN.fullmatch(name)]
        if not (old and new and len(cells) >= 2 and len(cells) <= 4):
            out.append(line)
            index += 1
            continue
        column = new[-1]
        starts = [start for start, _ in cells]
        first = min(old[0], column)
        index += 1
        while index < len(lines):
            row = lines[index]
            if not row.strip():
                # An HTML table's rows may come with a blank line between them: the table goes
                # on while the next line is a row of as many cells.
                after = next((n for n in lines[index + 1 : index + 3] if n.strip()), "")
                after_kind, after_cells = _cells_of(after)
                if kind == "  " or after_kind != kind or len(after_cells) < len(cells):
                    break
                index += 1
                continue
            index += 1
            if _SEPARATOR_ROW.fullmatch(row):
                continue
            if kind == "  ":
                label = row[: starts[first]].strip()
                end = starts[column + 1] if column + 1 < len(starts) else len(row)
                value = row[starts[column] : end].strip()
            else:
                row_cells = [name for _, name in _cells_of(row)[1]]
                shift = len(row_cells) - len(cells)
                if shift not in (0, 1) or len(row_cells) <= column + shift:
                    out.append(row)
                    continue
                label = row_cells[0] if shift or first > 0 else ""
                value = row_cells[column + shift]
            out.append(f"{label}\t{value}" if label else value)
        out.append("")
    return "\n".join(out)
