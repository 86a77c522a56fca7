{{%AUTOESCAPE context="HTML"}}
<div class="table-wrap">
<table class="data">
{{#CAPTIONED}}<caption>{{CAPTION}}</caption>{{/CAPTIONED}}
<thead><tr>{{#TH}}<th scope="col">{{V}}</th>{{/TH}}</tr></thead>
<tbody>
{{#TR}}<tr><th scope="row">{{H}}</th>{{#TD}}<td class="{{C}}">{{V}}</td>{{/TD}}</tr>
{{/TR}}
</tbody>
</table>
</div>
