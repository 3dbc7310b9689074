/**
 * The HTML report's whole style sheet, inlined so that the file works offline and under a
 * Content-Security-Policy that allows nothing but inline styles. Colours come from variables so that
 * a dark system theme gets readable contrast; one breakpoint stacks the columns on a phone.
 */
export const HTML_REPORT_CSS = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;
--error:#ffd7d5;--error-edge:#cf222e;--warning:#fff1b8;--warning-edge:#9a6700;--info:#ddf4ff;--info-edge:#0969da;
--del:#ffd7d5;--ins:#d1f8d9;--tip:#1b1f24;--tip-fg:#fff;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;
--error:#5c1a1b;--error-edge:#ff7b72;--warning:#4b3a0a;--warning-edge:#d29922;--info:#0c2d4f;--info-edge:#58a6ff;
--del:#5c1a1b;--ins:#133d22;--tip:#e6edf3;--tip-fg:#0d1117}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:78rem;padding:1rem;background:var(--bg);color:var(--fg);
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin:0;overflow-wrap:anywhere}
a{color:var(--info-edge)}
.counts{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.5rem 0;list-style:none}
.counts li{border:1px solid var(--line);border-radius:1rem;padding:.1rem .7rem;background:var(--panel)}
.counts b{font-variant-numeric:tabular-nums}
.legend mark{padding:0 .3rem}
.failures{border:1px solid var(--error-edge);border-left-width:.4rem;border-radius:.4rem;background:var(--panel);padding:.5rem .8rem;margin:.6rem 0}
.failures h2{color:var(--error-edge)}.failures ul{margin:.3rem 0;padding-left:1.2rem}.failures li{overflow-wrap:anywhere}
nav ol{padding-left:1.4rem;margin:.3rem 0}nav li{overflow-wrap:anywhere}
section.doc{border:1px solid var(--line);border-radius:.5rem;margin:1.2rem 0;padding:.8rem}
details.panel{margin:.6rem 0}details.panel>summary{cursor:pointer;font-weight:600;padding:.2rem 0}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--panel);border:1px solid var(--line);
border-radius:.4rem;padding:.7rem;margin:0;font:15px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
mark{position:relative;color:inherit;border-radius:.2rem;border-bottom:2px solid}
mark.sev-error{background:var(--error);border-color:var(--error-edge)}
mark.sev-warning{background:var(--warning);border-color:var(--warning-edge)}
mark.sev-info{background:var(--info);border-color:var(--info-edge)}
mark.at::before{content:"\\2038";font-weight:700}
mark:target{outline:3px solid var(--info-edge)}
mark:focus{outline:2px solid var(--fg)}
mark[data-tip]:hover::after,mark[data-tip]:focus::after{content:attr(data-tip);position:absolute;z-index:2;left:0;top:100%;
margin-top:.3rem;width:max-content;max-width:min(28rem,80vw);white-space:pre-line;padding:.4rem .6rem;border-radius:.3rem;
background:var(--tip);color:var(--tip-fg);font:13px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.35rem .5rem;overflow-wrap:break-word}
th{background:var(--panel)}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.sev{font-weight:600;white-space:nowrap}.sev.error{color:var(--error-edge)}.sev.warning{color:var(--warning-edge)}.sev.info{color:var(--info-edge)}
code,q{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.note,.none{color:var(--muted)}.remove{font-style:italic;color:var(--muted)}
del{background:var(--del);text-decoration:line-through}ins{background:var(--ins);text-decoration:underline}
.to{color:var(--muted)}
.sbs{border:1px solid var(--line);border-radius:.4rem;overflow:hidden;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.row{display:grid;grid-template-columns:3.2rem minmax(0,1fr) 3.2rem minmax(0,1fr);border-top:1px solid var(--line)}
.row.head{font-family:system-ui,sans-serif;font-weight:600;background:var(--panel);border-top:0}
.row>span{padding:.15rem .4rem;white-space:pre-wrap;overflow-wrap:anywhere}
.ln{color:var(--muted);text-align:right;background:var(--panel);user-select:none}
.row.changed .old{background:color-mix(in srgb,var(--del) 35%,transparent)}
.row.changed .new{background:color-mix(in srgb,var(--ins) 35%,transparent)}
details.fold>summary{cursor:pointer;padding:.2rem .6rem;color:var(--muted);background:var(--panel);border-top:1px solid var(--line)}
@media (max-width:44rem){body{padding:.5rem;font-size:15px}
.row{grid-template-columns:2.6rem minmax(0,1fr)}.row.head{display:none}
.row>span:nth-child(n+3){border-top:1px dashed var(--line)}.row:not(.changed)>span:nth-child(n+3){display:none}
table.findings thead{display:none}table.findings tr{display:block;border-bottom:2px solid var(--line);padding:.3rem 0}
table.findings td{display:block;border:0;padding:.1rem .3rem}
table.findings td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted)}}
@media print{mark[data-tip]::after{content:none}}
`;
