{{%AUTOESCAPE context="HTML"}}
<div class="table-wrap">
<table class="data countries sortable">
<thead><tr>
<th scope="col" data-type="num" aria-sort="ascending">{{L_COUNTRY}}</th><th scope="col">{{L_REGION}}</th>
<th scope="col" data-type="num">{{L_BASELINE_STAGE}}</th><th scope="col" data-type="num">{{L_CURRENT_STAGE}}</th>
<th scope="col" data-type="num">{{L_TARGET_STAGE}}</th><th scope="col">{{L_REACHED}}</th>
<th scope="col">{{L_I1_RESULT}}</th><th scope="col" data-type="num">{{L_PROJECTS_COUNT}}</th>
</tr></thead>
{{#HAS_ROWS}}<tbody>{{/HAS_ROWS}}
{{#COUNTRY}}<tr>
<th scope="row" data-sort="{{RANK}}"><a href="{{HREF}}">{{NAME}}</a> <span class="iso">{{ISO3}}</span></th>
<td class="word">{{REGION}}</td><td class="word" data-sort="{{BASELINE_KEY}}">{{BASELINE}}</td><td class="word" data-sort="{{CURRENT_KEY}}">{{CURRENT}}</td><td class="word" data-sort="{{TARGET_KEY}}">{{TARGET}}</td>
<td class="{{REACHED_CLASS}}">{{REACHED}}</td><td>{{I1}}</td><td class="num">{{PROJECTS}}</td>
</tr>
{{/COUNTRY}}
{{#HAS_ROWS}}</tbody>{{/HAS_ROWS}}
</table>
</div>
