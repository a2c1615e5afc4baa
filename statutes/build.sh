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
  --version-note "2016 text. An NPCSC amendment of 2025-10-28 (in force 2026-01-01) is reported but is not in the source snapshot"
add cn-cybersecurity-law 37 --cite "Article 37 of China's Cybersecurity Law" --cite "CSL Art. 37"
add cn-cybersecurity-law 28 --cite "《网络安全法》第二十八条"

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
  --title "Trade Act of 1974" \
  --alias "Trade Act" --alias "Section 301" --alias "19 U.S.C. 2411" --alias "19 U.S.C. § 2411" \
  --note "Only section 301 of the Act is stored, as codified at 19 U.S.C. § 2411 (article 2411)"
add us-19-usc-2411 2411 --cited-as "Section 301" --cited-as "Section 301 of the Trade Act of 1974" \
  --cited-as "19 U.S.C. 2411" --cited-as "19 U.S.C. § 2411" \
  --cite "Section 301 of the Trade Act of 1974" --cite "19 U.S.C. § 2411"

imp us/50usc4565_dpa-sec721-as-amended-by-firrma.txt "${uscode[@]}" --kind code-section --id us-50-usc-4565 \
  --title "Defense Production Act of 1950" \
  --alias "Defense Production Act" --alias "Section 721" --alias "Section 721 of the Defense Production Act" \
  --alias FIRRMA --alias "Foreign Investment Risk Review Modernization Act" \
  --alias "50 U.S.C. 4565" --alias "50 U.S.C. § 4565" \
  --note "Only section 721 (CFIUS review, 50 U.S.C. § 4565) is stored, as amended by FIRRMA (Pub. L. 115-232, title XVII); FIRRMA's own free-standing sections are not in the store"
add us-50-usc-4565 4565 --cited-as "Section 721" --cited-as "Section 721 of the Defense Production Act of 1950" \
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

# --- EU ------------------------------------------------------------------------------------------
imp eu/gdpr_2016-679_art5-6-17-44-49.txt --jurisdiction EU --language en --kind regulation \
  --id eu-gdpr --version 2016 --adopted 2016-04-27 \
  --alias GDPR --alias "General Data Protection Regulation" --alias "Regulation (EU) 2016/679" \
  --alias "Regulation 2016/679" --alias "EU GDPR" \
  --version-note "OJ L 119, 4.5.2016, p. 1 (adoption date from the title), not consolidated with later corrigenda" \
  --note "Excerpt: Articles 5, 6, 17 and 44-49 only. Source: EUR-Lex, Regulation (EU) 2016/679, OJ L 119, 4.5.2016, p. 1; via GDPRtEXT (CC BY 4.0)"
add eu-gdpr 17 --cite "Article 17 of the GDPR"
add eu-gdpr 6 --cite "GDPR Art. 6(1)(f)"
add eu-gdpr 49 --cite "Article 49 GDPR"

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
while IFS= read -r -d '' file; do
  relative=${file#"$out"/}
  mkdir -p "$here/$(dirname "$relative")"
  cp "$file" "$here/$relative"
done < <(find "$out" -name '*.yaml' -print0)
echo "build.sh: rebuilt $(find "$out" -name '*.yaml' | wc -l) statute files under $here"
