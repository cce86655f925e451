"""The style sheet and script inlined in every HTML review report.

Both are constant text: the page's Content-Security-Policy allows exactly these two
by hash, so nothing else can style or run in a report, whatever a document contains.
"""

from __future__ import annotations

from xlcheck.rules import RULES

CHECKS = tuple(sorted({rule.check for rule in RULES.values()}))
SEVERITIES = ("error", "warning", "info")
KINDS = ("number", "date", "code", "name", "quote", "url", "markup")
# An invariant is a <u> with a one-letter class: a 5,000-paragraph page holds some 50,000.
KIND_CLASS = {"number": "n", "date": "d", "code": "c", "name": "p", "quote": "q", "url": "l", "markup": "m"}


def _filter_rules() -> str:
    """A class on <html> per unticked filter hides that check's or severity's findings
    (and takes the highlight off their values)."""
    lines = []
    for attribute, values in (("check", CHECKS), ("sev", SEVERITIES)):
        for value in values:
            hidden = f".hide-{attribute}-{value}"
            lines.append(f'{hidden} .finding[data-{attribute}="{value}"],{hidden} li.nav[data-{attribute}="{value}"]'
                         "{display:none}")
            lines.append(f'{hidden} mark.hit[data-{attribute}="{value}"]{{background:none;outline:none}}')
    return "\n".join(lines)


STYLE = """
:root{--fg:#1d1f23;--muted:#5f6670;--line:#d9dde3;--bg:#fff;--panel:#f5f6f8;--error:#c62828;--error-bg:#fde3e3;
--warning:#a15c00;--warning-bg:#fff0cf;--info:#1565c0;--info-bg:#e3eefc;--current:#ffb300;
--k-number:#1565c0;--k-date:#2e7d32;--k-code:#6a1b9a;--k-name:#8d5524;--k-quote:#00838f;--k-url:#d84315;--k-markup:#546e7a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;print-color-adjust:exact;-webkit-print-color-adjust:exact}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
code,.mono{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.92em}
header.top{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 1rem}
header.top h1{font-size:1.05rem;margin:0 .75rem 0 0;display:inline}
.meta{color:var(--muted);font-size:.85rem}
.toolbar{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;margin-top:.35rem;font-size:.85rem}
.toolbar fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.1rem .6rem;align-items:center}
.toolbar legend{float:left;font-weight:600;margin-right:.4rem;padding:0}
.toolbar label{white-space:nowrap;cursor:pointer}
.toolbar .n{color:var(--muted)}
.toolbar button{font:inherit;padding:.1rem .6rem;border:1px solid var(--line);border-radius:4px;background:var(--panel);cursor:pointer}
kbd{font:inherit;font-size:.8em;border:1px solid var(--line);border-bottom-width:2px;border-radius:3px;padding:0 .3em;background:var(--panel)}
main{padding:0 1rem 40vh}
h2{font-size:1rem;margin:0;display:inline}
h2,caption,th,td,.set-head li,.finding .msg{overflow-wrap:anywhere}
.summary{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start;margin:1rem 0}
table{border-collapse:collapse;font-size:.85rem}
th,td{border:1px solid var(--line);padding:.15rem .5rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding-bottom:.2rem}
.index p{margin:0 0 .2rem}
details.clean-sets{font-size:.85rem;margin-top:.4rem}
details.clean-sets>summary{cursor:pointer;color:var(--muted)}
details.clean-sets ul{margin:.2rem 0;padding-left:1.2rem;max-height:20rem;overflow:auto}
.legend{font-size:.85rem;max-width:40rem}
.verdict-bad{color:var(--error);font-weight:600}
.verdict-ok{color:#2e7d32}
details.set{border:1px solid var(--line);border-radius:6px;margin:1rem 0;content-visibility:auto;contain-intrinsic-size:auto 2.6rem}
details.set>summary{cursor:pointer;padding:.5rem .75rem;background:var(--panel);border-radius:6px;list-style-position:inside}
details.set[open]>summary{border-bottom:1px solid var(--line);border-radius:6px 6px 0 0}
.set-head{padding:.5rem .75rem;font-size:.88rem}
.set-head ol{margin:.25rem 0;padding-left:1.5rem}
details.findings>summary{cursor:pointer;color:var(--muted)}
.set-head li.current{background:#fff3cd}
.badge{display:inline-block;border-radius:999px;padding:0 .5em;font-size:.78rem;font-weight:600;margin-left:.3rem}
.badge.sev-error{background:var(--error-bg);color:var(--error)}
.badge.sev-warning{background:var(--warning-bg);color:var(--warning)}
.badge.sev-info{background:var(--info-bg);color:var(--info)}
.badge.clean{background:#e6f4ea;color:#2e7d32}
.grid{padding:0 .5rem .5rem}
.row{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);gap:0 1rem;border-bottom:1px solid var(--line);
content-visibility:auto;contain-intrinsic-size:auto 4rem}
.row{scroll-margin-top:calc(var(--head,5.5rem) + 2.2rem)}
.row.head{position:sticky;top:var(--head,5.5rem);z-index:2;background:var(--bg);font-size:.8rem;color:var(--muted);
content-visibility:visible;border-bottom:2px solid var(--line)}
.row.head .cell{padding:.3rem 0;overflow-wrap:anywhere}
.row.head b{color:var(--fg)}
.row.insert{background:#fafafa}
.cell{padding:.4rem 0;min-width:0;position:relative}
.para{margin:0 0 .3rem;overflow-wrap:break-word;white-space:pre-wrap}
.para::before{content:"¶" attr(data-n);float:left;margin-right:.4rem;color:var(--muted);font-size:.72rem;font-variant-numeric:tabular-nums;line-height:2}
.para.k-heading{font-weight:650}
.para.k-code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;background:var(--panel);padding:.3rem;overflow-x:auto;white-space:pre}
.cell[data-score]::before{content:attr(data-score);float:right;font-size:.7rem;color:var(--muted);margin-left:.4rem;line-height:2}
.cell[data-low]::before{color:var(--error);font-weight:700}
.empty{color:var(--muted);font-style:italic;font-size:.85rem}
u{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-skip-ink:none}
u.n{text-decoration-color:var(--k-number);text-decoration-style:solid}
u.d{text-decoration-color:var(--k-date);text-decoration-style:double}
u.c{text-decoration-color:var(--k-code);text-decoration-style:solid;text-decoration-thickness:3px}
u.p{text-decoration-color:var(--k-name);text-decoration-style:dotted}
u.q{text-decoration-color:var(--k-quote);text-decoration-style:dashed}
u.l{text-decoration-color:var(--k-url);text-decoration-style:wavy;text-decoration-thickness:1px}
u.m{text-decoration-color:var(--k-markup);text-decoration-style:dashed}
u.w{text-decoration-style:dotted;text-decoration-thickness:1px}
.legend u{margin-right:.5rem}
mark.hit{color:inherit;border-radius:2px;padding:0 1px}
mark.hit.agrees{background:#ffe97a;outline:2px solid #c99700}
mark.hit.sev-error{background:var(--error-bg);outline:2px solid var(--error)}
mark.hit.sev-warning{background:var(--warning-bg);outline:2px solid var(--warning)}
mark.hit.sev-info{background:var(--info-bg);outline:1px solid var(--info)}
mark.hit.current,.finding.current{box-shadow:0 0 0 3px var(--current)}
.finding{display:block;white-space:normal;font:400 .84rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:.25rem 0 .35rem;padding:.2rem .45rem;border-left:4px solid;border-radius:3px}
.finding.sev-error{border-color:var(--error);background:var(--error-bg)}
.finding.sev-warning{border-color:var(--warning);background:var(--warning-bg)}
.finding.sev-info{border-color:var(--info);background:var(--info-bg)}
.finding .rule{font-weight:700}
.finding .status{text-transform:uppercase;font-size:.72rem;font-weight:700;letter-spacing:.03em;margin:0 .3rem}
.finding .val{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:600}
.finding .msg{display:block;color:#33373d}
details.clean{border-bottom:1px solid var(--line)}
details.clean>summary{cursor:pointer;color:var(--muted);font-size:.82rem;padding:.3rem 0;list-style-position:inside}
.keys{color:var(--muted)}
#position{font-variant-numeric:tabular-nums;min-width:5rem;display:inline-block}
:focus-visible{outline:2px solid var(--current);outline-offset:2px}
@media (max-width:720px){
 body{font-size:16px}
 header.top{position:static}
 .row{grid-auto-flow:row;grid-auto-columns:auto}
 .row.head{display:none}
 .cell::before,.cell[data-score]::before{content:attr(lang) " " attr(data-score);float:none;display:block;font-size:.7rem;font-weight:700;color:var(--muted);text-transform:uppercase;margin:0}
 .cell+.cell{border-top:1px dashed var(--line)}
 .keys{display:none}
 .row{scroll-margin-top:0}
}
@media print{
 header.top{position:static;border:0}
 .toolbar,.keys{display:none}
 .row,.finding{break-inside:avoid}
 .row.head{position:static}
 .row{content-visibility:visible}
 details.set{border:0}
 body{font-size:10.5pt}
 main{padding-bottom:0}
}
""" + _filter_rules() + "\n"


SCRIPT = r"""
(function(){
"use strict";
var root=document.documentElement, current=null;
function render(set){
  var t=set.querySelector("template.lazy");
  if(t){t.replaceWith(t.content);}
}
function openSet(set){ if(!set.open){set.open=true;} render(set); }
document.querySelectorAll("details.set").forEach(function(set){
  if(set.open){render(set);}
  set.addEventListener("toggle",function(){ if(set.open){render(set);} });
});
function visible(el){
  return !root.classList.contains("hide-check-"+el.dataset.check) && !root.classList.contains("hide-sev-"+el.dataset.sev);
}
function entries(){
  return Array.prototype.filter.call(document.querySelectorAll("li.nav"),visible);
}
var position=document.getElementById("position");
function status(){
  var list=entries(), i=current?list.findIndex(function(e){return e.dataset.fid===current;}):-1;
  position.textContent=(i>=0?(i+1):"–")+" / "+list.length;
}
function show(fid){
  var entry=document.querySelector('li.nav[data-fid="'+fid+'"]');
  if(!entry){return;}
  var set=entry.closest("details.set"); if(set){openSet(set);}
  var marker=document.getElementById("f"+fid);
  if(!marker){return;}
  for(var d=marker.closest("details"); d; d=d.parentElement.closest("details")){ d.open=true; }
  document.querySelectorAll(".current").forEach(function(e){e.classList.remove("current");});
  marker.classList.add("current"); entry.classList.add("current");
  document.querySelectorAll('mark.hit[data-fid="'+fid+'"]').forEach(function(e){e.classList.add("current");});
  current=fid;
  // Show the whole row (the value where a version states it, beside the marker), and
  // the marker itself when the row is taller than the window.
  var row=marker.closest(".row")||marker;
  row.scrollIntoView({block:"start"});
  if(marker.getBoundingClientRect().bottom>innerHeight){marker.scrollIntoView({block:"end"});}
  marker.focus({preventScroll:true});
  status();
}
function step(delta){
  var list=entries(); if(!list.length){status();return;}
  var i=current?list.findIndex(function(e){return e.dataset.fid===current;}):-1;
  if(i<0){
    // The current finding was filtered out: continue from where it stood in the full order.
    var all=Array.prototype.slice.call(document.querySelectorAll("li.nav"));
    var at=current?all.findIndex(function(e){return e.dataset.fid===current;}):-1;
    var next=list.filter(function(e){return all.indexOf(e)>at;});
    i=delta>0?(next.length?list.indexOf(next[0]):0):(next.length?list.indexOf(next[0])-1:list.length-1);
    if(i<0){i=list.length-1;}
  } else {
    i=(i+delta+list.length)%list.length;
  }
  show(list[i].dataset.fid);
}
document.querySelectorAll("input[data-filter]").forEach(function(box){
  box.addEventListener("change",function(){
    root.classList.toggle("hide-"+box.dataset.filter+"-"+box.value,!box.checked); status();
  });
});
document.addEventListener("keydown",function(ev){
  if(ev.ctrlKey||ev.metaKey||ev.altKey){return;}
  var t=ev.target||{}, tag=t.tagName||"";
  // Keys typed into a field are text; a ticked filter box leaves them to navigation.
  if(t.isContentEditable||tag==="TEXTAREA"||tag==="SELECT"||(tag==="INPUT"&&!/^(checkbox|radio|button)$/.test(t.type))){return;}
  if(ev.key==="j"||ev.key==="n"){ev.preventDefault();step(1);}
  else if(ev.key==="k"||ev.key==="p"){ev.preventDefault();step(-1);}
});
var next=document.getElementById("next"), prev=document.getElementById("prev");
if(next){next.addEventListener("click",function(){step(1);});}
if(prev){prev.addEventListener("click",function(){step(-1);});}
function follow(hash){
  var id=decodeURIComponent((hash||"").slice(1)); if(!id){return;}
  if(/^f\d+$/.test(id)){show(id.slice(1));return;}
  var el=document.getElementById(id);
  if(el&&el.matches("details.set")){openSet(el); el.scrollIntoView();}
}
document.addEventListener("click",function(ev){
  var a=ev.target.closest&&ev.target.closest('a[href^="#"]'); if(!a){return;}
  ev.preventDefault(); history.replaceState(null,"",a.getAttribute("href")); follow(a.getAttribute("href"));
});
window.addEventListener("hashchange",function(){follow(location.hash);});
var header=document.querySelector("header.top");
function place(){ root.style.setProperty("--head",(header?header.offsetHeight:0)+"px"); }
window.addEventListener("resize",place); place();
status();
// After the browser's own jump to the #fragment, which would hide the row under the header.
window.addEventListener("load",function(){ setTimeout(function(){follow(location.hash);},0); });
})();
"""
