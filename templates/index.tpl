{{%AUTOESCAPE context="HTML"}}
<section aria-labelledby="cards-h">
<h2 id="cards-h">{{L_CARDS_HEADING}}</h2>
<div class="cards">
{{#CARD}}<article class="card {{STATUS_CLASS}}">
<h3><span class="code">{{CODE}}</span> {{NAME}}</h3>
<p class="big"><span class="value">{{VALUE}}</span> <span class="of">/ {{TARGET}}</span></p>
<dl>
<dt>{{L_TARGET}}</dt><dd>{{TARGET_TEXT}}</dd>
<dt>{{L_DEADLINE}}</dt><dd>{{DEADLINE}}</dd>
<dt>{{L_STATUS}}</dt><dd class="status"><span class="icon" aria-hidden="true">{{ICON}}</span> {{STATUS}}</dd>
</dl>
{{#NOTE}}<p class="note">{{TEXT}}</p>{{/NOTE}}
</article>
{{/CARD}}
</div>
</section>
<section aria-labelledby="charts-h">
<h2 id="charts-h">{{L_CHARTS_HEADING}}</h2>
<div class="charts">
{{>CHART}}
</div>
</section>
<section aria-labelledby="countries">
<h2 id="countries">{{L_COUNTRIES_HEADING}}</h2>
<div class="table-wrap">
<table class="data countries">
<thead><tr>
<th scope="col">{{L_COUNTRY}}</th><th scope="col">{{L_REGION}}</th>
<th scope="col">{{L_BASELINE_STAGE}}</th><th scope="col">{{L_CURRENT_STAGE}}</th>
<th scope="col">{{L_TARGET_STAGE}}</th><th scope="col">{{L_REACHED}}</th>
<th scope="col">{{L_I1_RESULT}}</th><th scope="col">{{L_PROJECTS_COUNT}}</th>
</tr></thead>
<tbody>
{{#COUNTRY}}<tr>
<th scope="row"><a href="{{HREF}}">{{NAME}}</a> <span class="iso">{{ISO3}}</span></th>
<td>{{REGION}}</td><td>{{BASELINE}}</td><td>{{CURRENT}}</td><td>{{TARGET}}</td>
<td class="{{REACHED_CLASS}}">{{REACHED}}</td><td>{{I1}}</td><td class="num">{{PROJECTS}}</td>
</tr>
{{/COUNTRY}}
</tbody>
</table>
</div>
</section>
