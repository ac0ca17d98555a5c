# How the verdicts in edits-reviewed.tsv were written (a record of the review, not a judge of new edits).
# The reviewer read the edits of the current main on samples/real in their context (the bench's edits.tsv),
# rule by rule and file by file, decided what made an edit right or wrong, wrote those decisions down as the
# patterns below, then read a random sample of every (rule, verdict, note) bucket and corrected the patterns
# until the samples agreed. Pattern-based verdicts are wrong for a few edits per bucket; correct a row by hand
# when you find one. Do not use this script to judge edits of a changed rule: read them.
#
#   python3 propose-verdicts.py stats EDITS_TSV              counts per rule, verdict and note
#   python3 propose-verdicts.py show EDITS_TSV RULE VERDICT   a random sample of one bucket
#   python3 propose-verdicts.py write EDITS_TSV OUT_TSV       the review file (identical originals grouped as *)
import csv,re,collections,sys
command=sys.argv[1]; source=sys.argv[2]; sys.argv=[sys.argv[0],command]+sys.argv[3:]
rows=list(csv.DictReader(open(source,encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
HANGUL=re.compile(r'[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]')
CODELINE=re.compile(r'^\s*(\\[A-Za-z@_]|[{}]|(local|if|while|return|elseif|end|head\d?|for|function|FUNCTION|write\$|@\w+\{)\b|[\w.]+\s*=\s)|([%{};]|\\\\)\s*$|\w+\s*=\s*\{')
def is_code(line): return bool(CODELINE.search(line))
MANREF_OPEN=re.compile(r'[A-Za-z_][\w.\-]*$')
MANREF_AFTER=re.compile(r'^\d[a-z]*[)）]')
MANREF_CLOSE=re.compile(r'[A-Za-z_][\w.\-]*[(（]\d[a-z]*$')
CJK=re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]')
def latin_around(b,a): return not CJK.search(b[-15:]) and not CJK.search(a[:15])
def latin_line(line):
    # A line written in a Latin script with a CJK word in it (an English sentence naming 明朝) keeps ASCII punctuation.
    letters=[c for c in line if c.isalpha()]
    return len(letters)>=12 and sum(1 for c in letters if CJK.match(c))<0.15*len(letters)
PARTICLES=tuple('을를이가은는의에로와과도만께서며고면요다')
def U(s): # TsvText.Unescape
    out=[];i=0
    while i<len(s):
        c=s[i]
        if c=='\\' and i+1<len(s):
            n=s[i+1]
            if n=='n': out.append('\n')
            elif n=='t': out.append('\t')
            elif n=='r': out.append('\r')
            elif n=='u' and i+5<len(s): out.append(chr(int(s[i+2:i+6],16))); i+=4
            else: out.append(n)
            i+=2; continue
        out.append(c); i+=1
    return ''.join(out)
def verdict(r):
    f,rule,act,o,rep,b,a,note=r['file'],r['rule'],r['action'],U(r['original']),U(r['replacement']),U(r['before']),U(r['after']),r['note']
    ko='-ko-' in f
    poem='tang300' in f or 'song100' in f
    line_b=b.split('\n')[-1]; line_a=a.split('\n')[0]
    codey=is_code(line_b) or (is_code(line_a) and not line_b.strip())  or (is_code(line_a) and is_code(line_b.split('\n')[-1]))
    if rule=='unicode':
        return 'noise', {'control':'control character (terminal colour escape or DEL) removed','space':'no-break space made a plain space','nfc':'canonical (NFC) composition, same text','fullwidth':'full-width digits/letters to ASCII, same text','block left empty':'separator of a block emptied by the removal of control characters'}.get(note,'normalisation')
    if rule=='image-links':
        if f.startswith('p-'): return 'text','TeX syntax in a PDF read as a Markdown link: the "(<Regular>)" argument is lost'
        return 'noise', 'image replaced by its alt text' if 'alt' in note else ('image removed' if act=='removed' else 'link target removed, link text kept')
    if rule=='garbled-numbers':
        return 'text','a line of TeX code in a code listing dropped as a sentence with lost numbers'
    if rule=='transcript':
        if f.startswith('p-'): return 'text','transcript rule fired on a PDF manual: a sample or table row dropped as an ASR loop'
        if 'meow' in f: return 'noise','rolling auto-caption duplicate'
        if note.startswith('sound cue'): return 'noise','sound cue or music marker in captions'
        if note.startswith('filler'):
            if o.strip().rstrip(',.') == 'UH' and a.startswith('-'): return 'text','"UH" of the interjection "UH-OH" removed, leaving "-OH"'
            return 'noise','spoken filler in captions'
        if 'loop' in note: return 'text','repetition written in the script ("THE PATH, THE PATH, THE PATH", "PLEASE, PLEASE, PLEASE"), not an ASR loop'
        return 'noise','caption noise'
    if rule=='repetition':
        if poem: return 'text','author or title line of a different poem removed as a duplicate line'
        so=o.strip()
        if re.fullmatch(r'[=\-+|]{5,}[=\-+| ]*', so.replace('\n','')): return 'noise','decorative rule line'
        if so in ('2003{2009 CTEX.ORG','Revised\nv0.4'): return 'noise','running page header/footer repeated on each page'
        if so=='Table of Contents': return 'noise','repeated navigation label of a chapter table of contents'
        if so.startswith('Released '): return 'text','release date of a different version removed as a duplicate'
        if re.match(r'^(\d+(\.\d+)*\.? |第)', so) : return 'text','section heading removed because the table of contents already listed it'
        if codey or re.search(r'[\\{}]|^\s*(local|if|while|return|head|word_count|elseif|@|volume|pdflatex)', so): return 'text','line of a code listing removed as a duplicate'
        return 'text','real content repeated on purpose (list entry, example, label, bibliography entry) removed'
    if rule=='punctuation':
        if ko: return 'text','Korean uses ASCII punctuation: rewritten to full-width'
        if poem: return 'noise','label colon or comma in Chinese text made full-width'
        if rep.strip() and ord(rep.strip()[0])<128:
            if 'opencc' in f and o in '（）': return 'noise','parentheses around a code fragment made ASCII'
            return 'text','full-width punctuation of a CJK sentence turned to ASCII next to a Latin word'
        if MANREF_OPEN.search(b) and o.strip() in '(' and MANREF_AFTER.match(a): return 'text','manual-page reference such as passwd(1) rewritten'
        if o.strip()==')' and MANREF_CLOSE.search(b): return 'text','manual-page reference such as passwd(1) rewritten'
        if codey or re.search(r'[\\{}%]', b.split('\n')[-1][-30:]): return 'text','punctuation inside code or a command rewritten'
        if latin_around(b,a) or (o.strip() in '"\'' ) or latin_line(line_b+o+line_a): return 'text','punctuation of Latin-script text (or an ASCII quote of a file or title) made full-width'
        return 'noise','ASCII punctuation in a CJK sentence made full-width'
    if rule=='cjk-spacing':
        if ko and (HANGUL.search(b[-1:] or '') or HANGUL.search(a[:1] or '')): return 'text','space between Korean words removed (Korean separates words with spaces)'
        if re.search(r'(第\s?\d+\s?[章节節]|\d+장|\d+\.)$', b) : return 'text','space between a chapter number and its title removed'
        if codey: return 'text','space inside code removed'
        if latin_around(b,a): return 'text','space between words of Latin-script text removed next to a CJK bracket'
        return 'noise','justification or punctuation-adjacent space in CJK text'
    if rule=='line-wrap':
        if poem: return 'text','verse line break of a poem joined'
        if 'kanbun' in f: return 'noise','line break of the (already mis-ordered) vertical layout'
        if re.search(r'(\. ?){3,}\s*[\dxvi]*,?\s*[\d, ]*$', line_b) or re.search(r'^\S.*(\. ){3,}', line_a): return 'text','table-of-contents or index lines joined'
        if codey: return 'text','lines of code or TeX joined into one'
        if o=='\n\n' or o=='\n\n\n':
            if re.search(r'[.:;!?)]$|^\s*\d+(\.\d+)*\.? ', line_b) or re.match(r'\s*(\d+(\.\d+)*\.? |[A-Z][a-z]+ [a-z])', line_a) and re.search(r'[.:;!?]$',line_b): return 'text','separate paragraphs or a heading joined into one line'
            if re.match(r'^\s*(\d+(\.\d+)*\.?|[-*•])\s', line_a): return 'text','heading or list item joined to the previous line'
            return 'noise','paragraph split by a page or column break rejoined'
        if ko and rep=='' and HANGUL.search(b[-1:] or '') and HANGUL.search(a[:1] or '') and not a.startswith(PARTICLES): return 'text','Korean line break at a word space joined without the space'
        if re.match(r'^\s*([-*•–]|\d+[.)] |[A-Z][A-Za-z ]{0,30}:)', line_a) and re.search(r'[.:;!?。．]$', line_b): return 'text','list item or labelled line joined to the previous one'
        return 'noise','hard line wrap inside a paragraph rejoined'
    return None, ''
out=[]
for r in rows:
    v,n=verdict(r)
    out.append((r,v,n))
if sys.argv[1:]==['stats']:
    c=collections.Counter((r['rule'],v,n) for r,v,n in out)
    for k,x in sorted(c.items()): print(x,k)
elif sys.argv[1]=='show':
    rule,v=sys.argv[2],sys.argv[3]; k=int(sys.argv[4]) if len(sys.argv)>4 else 15
    import random; random.seed(1)
    sel=[(r,n) for r,vv,n in out if r['rule']==rule and vv==v]
    for r,n in random.sample(sel,min(k,len(sel))):
        print(f"{r['file'][:22]:22} «{r['original'][:50]}»→«{r['replacement'][:10]}» | {r['before'][-35:]}【】{r['after'][:35]} :: {n[:40]}")
elif sys.argv[1]=='write':
    groups=collections.OrderedDict()
    for r,v,n in out:
        groups.setdefault((r['file'],r['rule'],r['action'],r['original']),[]).append((r['occurrence'],v,n))
    with open(sys.argv[2],'w',encoding='utf-8') as w:
        w.write('file\trule\taction\toriginal\toccurrence\tverdict\tnote\n')
        for (f,rule,act,o),items in sorted(groups.items()):
            if len({(v,n) for _,v,n in items})==1:
                w.write('\t'.join([f,rule,act,o,'*',items[0][1],items[0][2]])+'\n')
            else:
                for occ,v,n in items:
                    w.write('\t'.join([f,rule,act,o,occ,v,n])+'\n')
