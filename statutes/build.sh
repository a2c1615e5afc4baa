#!/usr/bin/env bash
# Rebuild the curated store from the statute corpus, with `lawref import` and `lawref add` only.
#
#   statutes/build.sh            rebuild, then copy the result over statutes/<jurisdiction>/
#   statutes/build.sh --check    rebuild into a temporary folder and compare with the store
#                                (exit 1 when they differ): the store is what the corpus gives
#
# The corpus is ../shared/corpus beside the repository (or $CORPUS). `lawref` and `python` come
# from PATH (or $LAWREF / $PYTHON), e.g. PATH=venv/bin:$PATH statutes/build.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
corpus=${CORPUS:-$here/../../shared/corpus}
lawref=${LAWREF:-lawref}
python=${PYTHON:-python3}
check=false
[ "${1:-}" = "--check" ] && check=true
[ -f "$corpus/MANIFEST.tsv" ] || { echo "build.sh: no corpus at $corpus (set CORPUS)" >&2; exit 2; }
corpus=$(cd "$corpus" && pwd)

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

column() {  # column FILE N: field N of FILE's row in MANIFEST.tsv
  awk -F'\t' -v f="$1" -v n="$2" '$1 == f { print $n }' "$corpus/MANIFEST.tsv"
}

imp() {  # imp CORPUS-FILE [lawref import flags…]: provenance comes from MANIFEST.tsv
  local file=$1; shift
  local repo commit path where
  repo=$(column "$file" 3); commit=$(column "$file" 4); path=$(column "$file" 5)
  [ -n "$repo" ] || { echo "build.sh: $file is not in MANIFEST.tsv" >&2; exit 2; }
  where=(--source "$repo")
  case $path in
    http*) where+=(--source-url "$path") ;;
    *) where+=(--source-path "$path") ;;
  esac
  [ "$commit" = "-" ] || where+=(--commit "$commit")
  "$lawref" import "$corpus/$file" --store "$out" "${where[@]}" --licence "$(column "$file" 6)" \
    --source-note "Plain text of the source, as in the lawref corpus file $file (see its PROVENANCE.md)." \
    "$@" >/dev/null
}

imp_bulk() {  # imp_bulk cn-laws-all/FILE [lawref import flags…]: provenance from its INDEX.tsv row
  local file=$1; shift
  local row path repo commit
  row=$(awk -F'\t' -v f="${file#cn-laws-all/}" '$1 == f' "$corpus/cn-laws-all/INDEX.tsv")
  [ -n "$row" ] || { echo "build.sh: $file is not in cn-laws-all/INDEX.tsv" >&2; exit 2; }
  path=$(printf '%s' "$row" | cut -f5)
  repo=$(column "cn-laws-all/ (1421 .txt + INDEX.tsv)" 3)
  commit=$(column "cn-laws-all/ (1421 .txt + INDEX.tsv)" 4)
  "$lawref" import "$corpus/$file" --store "$out" --source "$repo" --source-path "$path" \
    --commit "$commit" --licence "$(column "cn-laws-all/ (1421 .txt + INDEX.tsv)" 6)" \
    --source-note "Plain text of the source, as in the lawref corpus file $file (see its PROVENANCE.md, section D)." \
    "$@" >/dev/null
}

add() { "$lawref" add --store "$out" "$@" >/dev/null; }

prc=(--jurisdiction CN --language zh --kind law)

# --- PRC laws ----------------------------------------------------------------------------------
imp cn/zh_national-intelligence-law_2018-04-27_amended.txt "${prc[@]}" --history \
  --id cn-national-intelligence-law --version 2018 \
  --title "National Intelligence Law of the People's Republic of China" \
  --alias "National Intelligence Law" --alias NIL --alias "China's National Intelligence Law" \
  --alias "PRC National Intelligence Law" \
  --version-note "2018-amended text (amending decision of 2018-04-27); per PROVENANCE.md only Art. 24(2) is said to have changed, which is unverified"
add cn-national-intelligence-law 7 --version 2017 --cite "Article 7 of China's 2017 National Intelligence Law (国家情报法)"
add cn-national-intelligence-law 7 --cite "《国家情报法》第七条" --cite "Article 7 of the National Intelligence Law"
add cn-national-intelligence-law 14 --cite "《中华人民共和国国家情报法》第十四条" --cite "NIL Article 14"

imp cn/zh_cybersecurity-law_2016-11-07.txt "${prc[@]}" --id cn-cybersecurity-law \
  --title "Cybersecurity Law of the People's Republic of China" \
  --alias "Cybersecurity Law" --alias CSL --alias "China's Cybersecurity Law" \
  --alias "PRC Cybersecurity Law" --alias "Cyber Security Law" \
  --version-note "2016 text, in force 2017-06-01 until the 2025 amendment took effect (2026-01-01)"
imp cn/zh_cybersecurity-law_2025-10-28_amended.txt "${prc[@]}" --id cn-cybersecurity-law \
  --version 2025 --amended 2025-10-28 --effective 2026-01-01 \
  --version-note "Text as amended by the NPCSC decision of 2025-10-28, in force 2026-01-01 (NPCSC Gazette 2025 No. 6, pp. 795-804). The source's text layer has ASCII , ; : ( ) where the printed official text has the full-width marks: the store keeps the bytes of the source (data of record) and matching compares NFKC-normalised text, so a quotation with either form matches"
add cn-cybersecurity-law 37 --cite "Article 37 of China's Cybersecurity Law" --cite "CSL Art. 37"
add cn-cybersecurity-law 28 --cite "《网络安全法》第二十八条"
add cn-cybersecurity-law 3 --version 2025 --cite "Article 3 of the amended Cybersecurity Law"
add cn-cybersecurity-law 39 --version 2025 --cite "Article 39 of the revised Cybersecurity Law"
add cn-cybersecurity-law 3 --version 2025 --verdict verbatim \
  --quote "网络安全工作坚持中国共产党的领导，贯彻总体国家安全观，统筹发展和安全，推进网络强国建设。"

# The renumbering (which 2016 article each 2025 article continues), from the amending decision's
# items, checked against both texts (see renumber.py).
"$python" "$here/renumber.py" "$corpus" "$out" cn-cybersecurity-law 2016 2025 \
  cn/zh_cybersecurity-law_amendment-decision_2025-10-28.txt

imp cn/zh_national-security-law_2015-07-01.txt "${prc[@]}" --id cn-national-security-law \
  --title "National Security Law of the People's Republic of China" \
  --alias "National Security Law" --alias "China's National Security Law" \
  --alias "PRC National Security Law"
add cn-national-security-law 77 --cite "Article 77 of China's National Security Law" --cite "《国家安全法》第七十七条"

imp cn/zh_counter-espionage-law_2014-11-01.txt "${prc[@]}" --id cn-counter-espionage-law \
  --title "Counter-espionage Law of the People's Republic of China" \
  --alias "Counter-espionage Law" --alias "Counterespionage Law" --alias "Anti-espionage Law" \
  --alias "China's Counter-espionage Law" --alias "PRC Counter-espionage Law"
imp cn/zh_counter-espionage-law_2023-04-26_revised.txt "${prc[@]}" --id cn-counter-espionage-law \
  --version-note "Revised text of 2023-04-26 (the source's header line ends with a stray '）', kept)"
add cn-counter-espionage-law 22 --version 2014 --cite "Article 22 of the 2014 Counter-espionage Law"
add cn-counter-espionage-law 4 --version 2023 --cite "Article 4 of the revised Counter-espionage Law"
add cn-counter-espionage-law 4 --cite "《反间谍法》第四条"

imp cn/zh_data-security-law_2021-06-10.txt "${prc[@]}" --id cn-data-security-law \
  --title "Data Security Law of the People's Republic of China" \
  --alias "Data Security Law" --alias DSL --alias "China's Data Security Law" \
  --alias "PRC Data Security Law"
add cn-data-security-law 35 --cite "《数据安全法》第三十五条"
add cn-data-security-law 36 --cite "Article 36 of the Data Security Law"

imp cn/zh_personal-information-protection-law_2021-08-20.txt "${prc[@]}" \
  --id cn-personal-information-protection-law \
  --title "Personal Information Protection Law of the People's Republic of China" \
  --alias "Personal Information Protection Law" --alias PIPL --alias 个保法 \
  --alias "China's Personal Information Protection Law" --alias "PRC Personal Information Protection Law"
add cn-personal-information-protection-law 41 --cite "Article 41 of the PIPL"
add cn-personal-information-protection-law 38 --cite "《个人信息保护法》第三十八条"

imp cn/zh_anti-foreign-sanctions-law_2021-06-10.txt "${prc[@]}" --id cn-anti-foreign-sanctions-law \
  --title "Anti-Foreign Sanctions Law of the People's Republic of China" \
  --alias "Anti-Foreign Sanctions Law" --alias AFSL --alias "China's Anti-Foreign Sanctions Law"
add cn-anti-foreign-sanctions-law 12 --cite "Article 12 of the Anti-Foreign Sanctions Law"
add cn-anti-foreign-sanctions-law 15 --cite "《反外国制裁法》第十五条"

imp cn/zh_cryptography-law_2019-10-26.txt "${prc[@]}" --id cn-cryptography-law \
  --title "Cryptography Law of the People's Republic of China" \
  --alias "Cryptography Law" --alias "Encryption Law" --alias "China's Cryptography Law"
add cn-cryptography-law 2 --cite "Article 2 of China's Cryptography Law" --cite "《密码法》第二条"

imp cn/zh_hk-national-security-law_2020-06-30.txt "${prc[@]}" --id cn-hong-kong-national-security-law \
  --title "Law of the People's Republic of China on Safeguarding National Security in the Hong Kong Special Administrative Region" \
  --alias 香港国安法 --alias 港区国安法 --alias "Hong Kong National Security Law" \
  --alias "HK National Security Law" --alias "Hong Kong NSL" \
  --alias "HK NSL" --alias HKNSL \
  --note "The source has no heading for the first chapter: Arts. 1-6 carry no chapter"
add cn-hong-kong-national-security-law 38 --cite "Article 38 of the Hong Kong National Security Law"
add cn-hong-kong-national-security-law 20 --cite "《香港国安法》第二十条"

# --- PRC laws and regulations from the bulk corpus (cn-laws-all/) -------------------------------
imp_bulk "cn-laws-all/经济法/出口管制法(2020-10-17).txt" "${prc[@]}" --id cn-export-control-law \
  --title "Export Control Law of the People's Republic of China" \
  --alias "Export Control Law" --alias "China's Export Control Law" --alias "PRC Export Control Law"
add cn-export-control-law 2 --cite "《出口管制法》第二条" --cite "Article 2 of China's Export Control Law"
add cn-export-control-law 48 --cite "Article 48 of the Export Control Law"
add cn-export-control-law 2 --verdict verbatim \
  --quote "国家对两用物项、军品、核以及其他与维护国家安全和利益、履行防扩散等国际义务相关的货物、技术、服务等物项"

imp_bulk "cn-laws-all/行政法/对外关系法(2023-06-28).txt" "${prc[@]}" --id cn-foreign-relations-law \
  --title "Law on Foreign Relations of the People's Republic of China" \
  --alias "Foreign Relations Law" --alias "China's Foreign Relations Law" --alias "PRC Foreign Relations Law"
add cn-foreign-relations-law 33 --cite "Article 33 of the Foreign Relations Law" --cite "《对外关系法》第三十三条"

imp_bulk "cn-laws-all/宪法相关法/反恐怖主义法(2018-04-27).txt" "${prc[@]}" --history \
  --id cn-counter-terrorism-law --version 2018 \
  --title "Counter-Terrorism Law of the People's Republic of China" \
  --alias 反恐法 --alias "Counter-Terrorism Law" --alias "Counterterrorism Law" \
  --alias "Anti-Terrorism Law" --alias "China's Counter-Terrorism Law" \
  --version-note "Text as amended on 2018-04-27; the 2015 text as adopted is not in the store"
add cn-counter-terrorism-law 18 --cite "《反恐法》第十八条" --cite "Article 18 of China's Counter-Terrorism Law"

imp_bulk "cn-laws-all/民法商法/外商投资法(2019-03-15).txt" "${prc[@]}" --id cn-foreign-investment-law \
  --version 2019 --adopted 2019-03-15 --effective 2020-01-01 \
  --title "Foreign Investment Law of the People's Republic of China" \
  --alias "Foreign Investment Law" --alias "China's Foreign Investment Law" --alias "PRC Foreign Investment Law"
add cn-foreign-investment-law 35 --cite "Article 35 of the Foreign Investment Law" --cite "《外商投资法》第三十五条"

imp_bulk "cn-laws-all/行政法规/网络数据安全管理条例(2024-09-24).txt" --jurisdiction CN --language zh \
  --kind administrative-regulation --id cn-network-data-security-management-regulations \
  --version 2024 --adopted 2024-09-24 --effective 2025-01-01 \
  --title-original 网络数据安全管理条例 \
  --title "Regulations on Network Data Security Management" \
  --alias "Network Data Security Management Regulations" --alias "Network Data Security Regulations" \
  --alias "China's Network Data Security Management Regulations" \
  --version-note "State Council Decree No. 790 of 2024-09-24 (date from the source's file name; the text has no header date), in force 2025-01-01"
add cn-network-data-security-management-regulations 37 --cite "《网络数据安全管理条例》第三十七条" \
  --cite "Article 37 of the Network Data Security Management Regulations"

imp_bulk "cn-laws-all/行政法规/关键信息基础设施安全保护条例(2021-07-30).txt" --jurisdiction CN --language zh \
  --kind administrative-regulation --id cn-critical-information-infrastructure-regulations \
  --version 2021 --adopted 2021-07-30 --effective 2021-09-01 \
  --title-original 关键信息基础设施安全保护条例 \
  --title "Regulations on the Security Protection of Critical Information Infrastructure" \
  --alias "Critical Information Infrastructure Security Protection Regulations" \
  --alias "CII Regulations" --alias "CIIO Regulations" \
  --version-note "State Council Decree No. 745 of 2021-07-30 (date from the source's file name; the text has no header date), in force 2021-09-01"
add cn-critical-information-infrastructure-regulations 2 --cite "《关键信息基础设施安全保护条例》第二条" \
  --cite "Article 2 of the CII Regulations"

imp_bulk "cn-laws-all/行政法/保守国家秘密法(2024-02-27).txt" "${prc[@]}" --history \
  --id cn-state-secrets-law --version 2024 \
  --title "Law of the People's Republic of China on Guarding State Secrets" \
  --alias 保密法 --alias "State Secrets Law" --alias "China's State Secrets Law" \
  --alias "Law on Guarding State Secrets" --alias "Law on the Protection of State Secrets" \
  --version-note "2024 revision (2024-02-27, in force 2024-05-01); the 1988 and 2010 texts are not in the store"
add cn-state-secrets-law 2 --cite "《保守国家秘密法》第二条" --cite "Article 2 of the State Secrets Law"

imp_bulk "cn-laws-all/宪法相关法/香港特别行政区基本法(1990-04-04).txt" "${prc[@]}" \
  --id cn-hong-kong-basic-law --version 1990 --adopted 1990-04-04 --effective 1997-07-01 \
  --title "The Basic Law of the Hong Kong Special Administrative Region of the People's Republic of China" \
  --alias 基本法 --alias 香港基本法 --alias "Basic Law" --alias "Hong Kong Basic Law" \
  --alias "HK Basic Law" --alias "Basic Law of Hong Kong" \
  --note "Chinese text only (no full English text found). The preamble (序言) and Annexes I-III are not stored; the source's annexes predate their replacement by the NPCSC on 2021-03-30"
add cn-hong-kong-basic-law 23 --cite "Article 23 of the Basic Law" --cite "《基本法》第二十三条"
add cn-hong-kong-basic-law 158 --cite "Article 158 of the Hong Kong Basic Law"
add cn-hong-kong-basic-law 23 --verdict verbatim \
  --quote "香港特别行政区应自行立法禁止任何叛国、分裂国家、煽动叛乱、颠覆中央人民政府及窃取国家机密的行为"

# --- US ------------------------------------------------------------------------------------------
uscode=(--jurisdiction US --language en --version 2023
  --version-note "US Code text as chunked by the source repository (committed 2023-04-20); its release point is not stated, roughly early 2023")

imp us/47usc230.txt "${uscode[@]}" --kind code-section --id us-47-usc-230 \
  --title "47 U.S.C. § 230: Protection for private blocking and screening of offensive material" \
  --alias "Section 230" --alias "Communications Decency Act" --alias "CDA 230" --alias "CDA Section 230" \
  --alias "Section 230 of the Communications Decency Act" --alias "47 U.S.C. 230" --alias "47 U.S.C. § 230" \
  --note "Source artifacts kept as they are: list-introducing em-dashes missing, footnote markers as a trailing ' 1', a space before some commas"
add us-47-usc-230 230 --cited-as "47 U.S.C. 230" --cited-as "47 U.S.C. § 230" --cited-as "Section 230" \
  --cite "Section 230 of the Communications Decency Act" --cite "47 U.S.C. § 230(c)(1)"

imp us/47usc1601-1609_secure-and-trusted-communications-networks-act.txt "${uscode[@]}" --kind code-chapter \
  --id us-secure-and-trusted-communications-networks-act \
  --title "Secure and Trusted Communications Networks Act of 2019" \
  --alias "Secure and Trusted Communications Networks Act" --alias "Secure Networks Act" \
  --alias "47 U.S.C. 1601-1609" \
  --note "As codified in 47 U.S.C. chapter 15 (§§ 1601-1609): article numbers are the Code sections, not the Act's own"
for n in 1601 1602 1603 1604 1605 1606 1607 1608 1609; do
  add us-secure-and-trusted-communications-networks-act "$n" --cited-as "47 U.S.C. $n" --cited-as "47 U.S.C. § $n"
done
add us-secure-and-trusted-communications-networks-act 1601 --cite "47 U.S.C. § 1601"
add us-secure-and-trusted-communications-networks-act 1603 --cite "47 U.S.C. 1603"

imp us/18usc2511.txt "${uscode[@]}" --kind code-section --id us-18-usc-2511 \
  --title "18 U.S.C. § 2511: Interception and disclosure of wire, oral, or electronic communications prohibited" \
  --alias "18 U.S.C. 2511" --alias "18 U.S.C. § 2511" --alias "Wiretap Act" --alias "Federal Wiretap Act" \
  --note "Only § 2511 of the Wiretap Act (18 U.S.C. §§ 2510-2523) is stored"
add us-18-usc-2511 2511 --cited-as "18 U.S.C. 2511" --cited-as "18 U.S.C. § 2511" --cite "18 U.S.C. § 2511" \
  --cite "18 U.S.C. 2511(2)(a)(ii)"

imp us/19usc2411_trade-act-1974-sec301.txt "${uscode[@]}" --kind code-section --id us-19-usc-2411 \
  --title "19 U.S.C. § 2411: Actions by United States Trade Representative" \
  --alias "Section 301" --alias "19 U.S.C. 2411" --alias "19 U.S.C. § 2411" \
  --note "Only section 301 of the Trade Act of 1974 is stored, as codified at 19 U.S.C. § 2411 (article 2411). The store holds this section, not the Act: the Act named alone (\"the Trade Act\", \"the Trade Act of 1974\") is no name of this section (statutes/grammar/us.yaml, acts_held_in_part)"
add us-19-usc-2411 2411 --cited-as "Section 301" --cited-as "Section 301 of the Trade Act of 1974" \
  --cited-as "Section 301 of the Trade Act" \
  --cited-as "19 U.S.C. 2411" --cited-as "19 U.S.C. § 2411" \
  --cite "Section 301 of the Trade Act of 1974" --cite "19 U.S.C. § 2411"

imp us/50usc4565_dpa-sec721-as-amended-by-firrma.txt "${uscode[@]}" --kind code-section --id us-50-usc-4565 \
  --title "50 U.S.C. § 4565: Authority to review certain mergers, acquisitions, and takeovers" \
  --alias "Section 721" --alias "50 U.S.C. 4565" --alias "50 U.S.C. § 4565" \
  --note "Only section 721 (CFIUS review, 50 U.S.C. § 4565) of the Defense Production Act of 1950 is stored, as amended by FIRRMA (Pub. L. 115-232, title XVII); FIRRMA's own free-standing sections are not in the store. The store holds this section, not the Act: the Act named alone (\"the Defense Production Act\", \"the Defense Production Act of 1950\") is no name of this section (statutes/grammar/us.yaml, acts_held_in_part)"
add us-50-usc-4565 4565 --cited-as "Section 721" --cited-as "Section 721 of the Defense Production Act of 1950" \
  --cited-as "Section 721 of the Defense Production Act" \
  --cited-as "50 U.S.C. 4565" --cited-as "50 U.S.C. § 4565" \
  --cite "Section 721 of the Defense Production Act of 1950" --cite "50 U.S.C. § 4565"

imp us/pl115-232_sec889_ndaa-fy2019_excerpt.txt --jurisdiction US --language en --kind public-law-section \
  --id us-ndaa-fy2019 --version 2018 \
  --title "John S. McCain National Defense Authorization Act for Fiscal Year 2019" \
  --alias "FY2019 NDAA" --alias "NDAA 2019" --alias "FY 2019 NDAA" --alias "2019 NDAA" \
  --alias "Pub. L. 115-232" --alias "Public Law 115-232" --alias "Section 889" \
  --version-note "Pub. L. 115-232, 132 Stat. 1636 as enacted; § 889 at 132 Stat. 1917" \
  --note "Excerpt only: § 889(a) and (b)(1) in full, (b)(2) cut mid-word where the copy ends ('as is reasonably nec'); subsection (c) onward is not in the store"
add us-ndaa-fy2019 889 --cited-as "Section 889" --cited-as "Section 889 of the FY2019 NDAA" \
  --cited-as "Pub. L. 115-232, § 889" \
  --cite "Section 889 of the FY2019 NDAA" \
  --cite "Section 889 of the John S. McCain National Defense Authorization Act for Fiscal Year 2019"

imp us/18usc2713_cloud-act-required-preservation-and-disclosure.txt "${uscode[@]}" --kind code-section \
  --id us-18-usc-2713 \
  --title "18 U.S.C. § 2713: Required preservation and disclosure of communications and records" \
  --alias "18 U.S.C. 2713" --alias "18 U.S.C. § 2713" \
  --note "Section 103(a) of the CLOUD Act (Pub. L. 115-141, div. V), codified at 18 U.S.C. § 2713. The Act's executive agreements (section 105) are us-18-usc-2523. The store holds these two sections, not the Act: the Act named alone (\"the CLOUD Act\", \"the Clarifying Lawful Overseas Use of Data Act\") is no name of this section (statutes/grammar/us.yaml, acts_held_in_part)"
add us-18-usc-2713 2713 --cited-as "18 U.S.C. 2713" --cited-as "18 U.S.C. § 2713" \
  --cited-as "Section 103 of the CLOUD Act" --cited-as "Section 103(a) of the CLOUD Act" \
  --cite "Section 103 of the CLOUD Act" --cite "18 U.S.C. § 2713"
add us-18-usc-2713 2713 --verdict verbatim \
  --quote "regardless of whether such communication, record, or other information is located within or outside of the United States"

imp us/18usc2523_cloud-act-executive-agreements.txt "${uscode[@]}" --kind code-section \
  --id us-18-usc-2523 \
  --title "18 U.S.C. § 2523: Executive agreements on access to data by foreign governments" \
  --alias "18 U.S.C. 2523" --alias "18 U.S.C. § 2523" \
  --note "Section 105 of the CLOUD Act (Pub. L. 115-141, div. V), codified at 18 U.S.C. § 2523 (added by its section 105(a): the section's source credit at uscode.house.gov). The store holds this section and section 103 (us-18-usc-2713), not the Act: the Act named alone is no name of either (statutes/grammar/us.yaml, acts_held_in_part)"
add us-18-usc-2523 2523 --cited-as "18 U.S.C. 2523" --cited-as "18 U.S.C. § 2523" \
  --cited-as "Section 105 of the CLOUD Act" --cited-as "Section 105(a) of the CLOUD Act" \
  --cite "Section 105 of the CLOUD Act" --cite "18 U.S.C. § 2523(b)"

imp us/50usc1881a_fisa-sec702.txt "${uscode[@]}" --kind code-section --id us-50-usc-1881a \
  --title "50 U.S.C. § 1881a: Procedures for targeting certain persons outside the United States other than United States persons" \
  --alias "Section 702" --alias "FISA Section 702" --alias "FISA 702" --alias "Section 702 of FISA" \
  --alias "Foreign Intelligence Surveillance Act" --alias FISA \
  --alias "50 U.S.C. 1881a" --alias "50 U.S.C. § 1881a" \
  --note "Section 702 of the Foreign Intelligence Surveillance Act of 1978, codified at 50 U.S.C. § 1881a, as amended up to Pub. L. 115-118 (2018); the Reforming Intelligence and Securing America Act (Pub. L. 118-49, 2024) is not in this text. Only § 702 of FISA is stored"
add us-50-usc-1881a 1881a --cited-as "Section 702" --cited-as "Section 702 of FISA" \
  --cited-as "Section 702 of the Foreign Intelligence Surveillance Act" \
  --cited-as "50 U.S.C. 1881a" --cited-as "50 U.S.C. § 1881a" \
  --cite "Section 702 of the Foreign Intelligence Surveillance Act" --cite "FISA Section 702"
add us-50-usc-1881a 1881a --verdict verbatim \
  --quote "the targeting of persons reasonably believed to be located outside the United States to acquire foreign intelligence information"

imp us/50usc4801-4852_export-control-reform-act-2018.txt "${uscode[@]}" --kind code-chapter \
  --id us-export-control-reform-act \
  --title "Export Control Reform Act of 2018" \
  --alias ECRA --alias "Export Control Reform Act" --alias "50 U.S.C. 4801-4852" \
  --note "As codified in 50 U.S.C. chapter 58 (§§ 4801, 4811-4826, 4841-4843, 4851-4852): article numbers are the Code sections, not the Act's own (Pub. L. 115-232, div. A, title XVII, subtitle B); subchapter headings are not in the source"
for n in 4801 4811 4812 4813 4814 4815 4816 4817 4818 4819 4820 4821 4822 4823 4824 4825 4826 4841 4842 4843 4851 4852; do
  add us-export-control-reform-act "$n" --cited-as "50 U.S.C. $n" --cited-as "50 U.S.C. § $n"
done
add us-export-control-reform-act 4817 --cited-as "Section 1758" --cited-as "Section 1758 of ECRA" \
  --cite "Section 1758 of ECRA" --cite "50 U.S.C. § 4817"
add us-export-control-reform-act 4819 --cite "50 U.S.C. 4819"

imp us/15usc4651-4659_chips-semiconductor-incentives.txt "${uscode[@]}" --kind code-chapter \
  --id us-chips-semiconductor-incentives \
  --title "Creating Helpful Incentives to Produce Semiconductors for America" \
  --alias "CHIPS for America" --alias "15 U.S.C. 4651-4659" \
  --note "15 U.S.C. chapter 72A (§§ 4651-4659), the semiconductor incentives with the CHIPS Act of 2022 conditions (§ 4652 foreign country of concern, § 4657 foreign entities of concern): article numbers are the Code sections"
for n in 4651 4652 4653 4654 4655 4656 4657 4658 4659; do
  add us-chips-semiconductor-incentives "$n" --cited-as "15 U.S.C. $n" --cited-as "15 U.S.C. § $n"
done
add us-chips-semiconductor-incentives 4652 --cite "15 U.S.C. § 4652"
add us-chips-semiconductor-incentives 4657 --cite "15 U.S.C. 4657"

# --- EU ------------------------------------------------------------------------------------------
# The whole GDPR replaces the excerpt eu/gdpr_2016-679_art5-6-17-44-49.txt (the same OJ text: every
# line of the excerpt is in the full file, whitespace aside; tests/test_store_integrity.py checks it).
imp eu/gdpr_2016-679_full_en.txt --jurisdiction EU --language en --kind regulation \
  --id eu-gdpr --version 2016 --adopted 2016-04-27 --effective 2018-05-25 \
  --title "REGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 27 April 2016 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC (General Data Protection Regulation)" \
  --alias GDPR --alias "General Data Protection Regulation" --alias "Regulation (EU) 2016/679" \
  --alias "Regulation 2016/679" --alias "EU GDPR" --alias RGPD \
  --alias "Règlement général sur la protection des données" \
  --version-note "OJ L 119, 4.5.2016, p. 1, applicable from 2018-05-25; not consolidated with the later corrigenda (OJ L 314, 22.11.2016; OJ L 127, 23.5.2018; OJ L 74, 4.3.2021)" \
  --note "The whole Regulation: recitals 1-173 (numbers recital-1 …) and Articles 1-99 with their chapters and sections; the citations, closing formula, signatures and footnotes are not stored. Source: EUR-Lex, Regulation (EU) 2016/679, OJ L 119, 4.5.2016, p. 1 (EUR-Lex HTML via GDPRtEXT, CC BY 4.0). English and French are both authentic language versions"
imp eu/gdpr_2016-679_full_fr.txt --official-language --id eu-gdpr --version 2016 --language fr \
  --version-note "French official language version (OJ L 119, 4.5.2016), equally authentic; one copy only, no second source"
add eu-gdpr 17 --cite "Article 17 of the GDPR"
add eu-gdpr 6 --cite "GDPR Art. 6(1)(f)"
add eu-gdpr 49 --cite "Article 49 GDPR"
add eu-gdpr 83 --cite "Article 83 of the GDPR" --cite "GDPR Art. 83(5)"
add eu-gdpr 3 --cite "Article 3 GDPR"
add eu-gdpr recital-26 --verdict verbatim \
  --quote "The principles of data protection should therefore not apply to anonymous information"
add eu-gdpr 17 --verdict verbatim \
  --quote "La personne concernée a le droit d'obtenir du responsable du traitement l'effacement"

imp eu/ai-act_2024-1689_full_en.txt --jurisdiction EU --language en --kind regulation \
  --id eu-ai-act --version 2024 --adopted 2024-06-13 --effective 2024-08-01 \
  --title "Regulation (EU) 2024/1689 (Artificial Intelligence Act)" \
  --alias "AI Act" --alias "EU AI Act" --alias "Artificial Intelligence Act" \
  --alias "Regulation (EU) 2024/1689" --alias "Regulation 2024/1689" \
  --version-note "OJ L, 2024/1689, 12.7.2024, as published (not consolidated); in force 2024-08-01, applying in stages from 2025-02-02 to 2027-08-02 (Art. 113)" \
  --note "The whole Regulation: recitals 1-180, Articles 1-113 with chapters and sections, Annexes I-XIII (numbers annex-I …); the citations, closing formula, signatures and footnotes are not stored. Source: EUR-Lex, Regulation (EU) 2024/1689, OJ L, 2024/1689, 12.7.2024"
add eu-ai-act 5 --cite "Article 5 of the AI Act" --cite "AI Act Art. 5(1)(f)"
add eu-ai-act 50 --cite "Article 50 of the EU AI Act"
add eu-ai-act 5 --verdict verbatim \
  --quote "subliminal techniques beyond a person's consciousness or purposefully manipulative or deceptive techniques"

# --- English renderings (en/renderings.yaml and the HK NSL excerpts) -------------------------------
"$python" "$here/curate.py" "$corpus" "$out" >/dev/null

"$lawref" validate "$out" >/dev/null

if $check; then
  status=0
  while IFS= read -r -d '' file; do
    cmp -s "$file" "$here/${file#"$out"/}" || { echo "differs: statutes/${file#"$out"/}"; status=1; }
  done < <(find "$out" -name '*.yaml' -print0 | sort -z)
  [ $status -eq 0 ] && echo "build.sh: the store is what the corpus gives"
  exit $status
fi
# Names (aliases, an article's cited forms) added to an entry by hand, each with its source in a
# comment, are not made by the build yet: copying the build over such an entry would drop them, so
# nothing is copied while any would be lost.
"$python" - "$out" "$here" <<'PY'
import pathlib
import sys

import yaml

out, here = (pathlib.Path(arg) for arg in sys.argv[1:])


def names(entry):
    found = {("alias", str(name)) for name in entry.get("aliases") or []}
    for article in entry.get("articles") or []:
        found |= {(str(article.get("number")), str(c)) for c in article.get("cited_as") or []}
    return found


lost = []
for built in sorted(out.rglob("*.yaml")):
    kept = here / built.relative_to(out)
    if kept.exists():
        gone = names(yaml.safe_load(kept.read_text(encoding="utf-8"))) - names(
            yaml.safe_load(built.read_text(encoding="utf-8"))
        )
        if gone:
            lost.append(f"statutes/{built.relative_to(out)}: names the build does not make: {len(gone)}")
if lost:
    print("build.sh: nothing copied; it would drop names added by hand:", *lost, sep="\n  ", file=sys.stderr)
    sys.exit(1)
PY
while IFS= read -r -d '' file; do
  relative=${file#"$out"/}
  mkdir -p "$here/$(dirname "$relative")"
  cp "$file" "$here/$relative"
done < <(find "$out" -name '*.yaml' -print0)
echo "build.sh: rebuilt $(find "$out" -name '*.yaml' | wc -l) statute files under $here"
