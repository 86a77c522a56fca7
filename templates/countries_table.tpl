{{%AUTOESCAPE context="HTML"}}
<div class="table-wrap">
<table class="data countries">
<thead><tr>
<th scope="col">{{L_COUNTRY}}</th><th scope="col">{{L_REGION}}</th>
<th scope="col">{{L_BASELINE_STAGE}}</th><th scope="col">{{L_CURRENT_STAGE}}</th>
<th scope="col">{{L_TARGET_STAGE}}</th><th scope="col">{{L_REACHED}}</th>
<th scope="col">{{L_I1_RESULT}}</th><th scope="col">{{L_PROJECTS_COUNT}}</th>
</tr></thead>
{{#HAS_ROWS}}<tbody>{{/HAS_ROWS}}
{{#COUNTRY}}<tr>
<th scope="row"><a href="{{HREF}}">{{NAME}}</a> <span class="iso">{{ISO3}}</span></th>
<td>{{REGION}}</td><td>{{BASELINE}}</td><td>{{CURRENT}}</td><td>{{TARGET}}</td>
<td class="{{REACHED_CLASS}}">{{REACHED}}</td><td>{{I1}}</td><td class="num">{{PROJECTS}}</td>
</tr>
{{/COUNTRY}}
{{#HAS_ROWS}}</tbody>{{/HAS_ROWS}}
</table>
</div>
