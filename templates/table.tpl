{{%AUTOESCAPE context="HTML"}}
<div class="table-wrap">
<table class="data">
{{#CAPTIONED}}<caption>{{CAPTION}}</caption>{{/CAPTIONED}}
<thead><tr>{{#TH}}<th scope="col">{{V}}</th>{{/TH}}</tr></thead>
{{#HAS_ROWS}}<tbody>{{/HAS_ROWS}}
{{#TR}}<tr><th scope="row"{{#HEAD_WORD}} class="word"{{/HEAD_WORD}}>{{H}}</th>{{#TD}}<td class="{{C}}">{{V}}</td>{{/TD}}</tr>
{{/TR}}
{{#HAS_ROWS}}</tbody>{{/HAS_ROWS}}
</table>
</div>
