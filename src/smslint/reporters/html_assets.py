"""The HTML report's inline style sheet and script, and the policy that allows them.

The Content-Security-Policy forbids every request (``default-src 'none'``) and allows
only inline styles, the one inline script and ``data:`` images, so the page opens
offline and a browser refuses to fetch anything it may name.
"""

from __future__ import annotations

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; img-src data:"
)

CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}
#violations th{cursor:pointer;user-select:none}
#violations th[aria-sort=ascending]::after{content:" \\25B2"}
#violations th[aria-sort=descending]::after{content:" \\25BC"}
td.num{text-align:right}
.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#a15c00}
.sev-info{color:#555}
svg text{font:11px system-ui,sans-serif;fill:#333}
svg.chart{max-width:100%;height:auto}
.note{color:#555}
svg.heat text.total{fill:#555}
#filter{padding:.3em;width:20em}
"""

#: search and sort of the violations table; ``#q=word`` in the link pre-fills search
JS = """
(function(){
  var table=document.getElementById('violations');
  var body=table.tBodies[0];
  var filter=document.getElementById('filter');
  var count=document.getElementById('shown');
  function update(){
    var q=filter.value.toLowerCase(),n=0;
    Array.prototype.forEach.call(body.rows,function(r){
      var hit=r.textContent.toLowerCase().indexOf(q)!==-1;
      r.hidden=!hit;if(hit)n++;
    });
    count.textContent=n;
    table.setAttribute('data-shown',''+n);
  }
  filter.addEventListener('input',update);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.setAttribute('data-sortable','1');
    th.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(o){
        o.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[i].getAttribute('data-key')||a.cells[i].textContent;
        var y=b.cells[i].getAttribute('data-key')||b.cells[i].textContent;
        var nx=parseFloat(x),ny=parseFloat(y),c;
        if(!isNaN(nx)&&!isNaN(ny)&&String(nx)===x&&String(ny)===y)c=nx-ny;
        else c=x.localeCompare(y);
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  var m=/^#q=(.*)$/.exec(location.hash);
  if(m){try{filter.value=decodeURIComponent(m[1]);}catch(e){}}
  filter.setAttribute('data-wired','1');
  update();
  document.body.setAttribute('data-ready','1');
})();
"""
