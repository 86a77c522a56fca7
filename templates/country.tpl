{{%AUTOESCAPE context="HTML"}}
{{#NEW}}<p class="new-since">{{TEXT}}</p>{{/NEW}}
<section aria-labelledby="overview-h" class="keep">
<h2 id="overview-h">{{L_OVERVIEW}}</h2>
<dl class="facts">
<dt>{{L_COUNTRY}}</dt><dd>{{NAME}} <span class="iso">({{ISO3}})</span>{{#OTHER_NAME}} / <span lang="{{OTHER_LANG}}">{{TEXT}}</span>{{/OTHER_NAME}}</dd>
<dt>{{L_REGION}}</dt><dd>{{REGION}}</dd>
<dt>{{L_I1_RESULT}}</dt><dd>{{I1}}</dd>
<dt>{{L_PROJECTS_COUNT}}</dt><dd>{{PROJECTS}}</dd>
{{#BRIEF}}<dt>{{L_BRIEF}}</dt><dd><a href="{{HREF}}">{{L_BRIEF_LINK}}</a></dd>{{/BRIEF}}
</dl>
</section>
<section aria-labelledby="stage-h" class="keep">
<h2 id="stage-h">{{L_STAGE_HEADING}}</h2>
<div class="table-wrap">
<table class="data">
<thead><tr><th scope="col">{{L_STAGE_ROW}}</th><th scope="col">{{L_STAGE}}</th><th scope="col">{{L_SOURCE}}</th></tr></thead>
<tbody>
{{#STAGE_ROW}}<tr><th scope="row" class="word">{{WHAT}}</th><td class="word">{{STAGE}}</td><td>{{SOURCE}}</td></tr>
{{/STAGE_ROW}}
</tbody>
</table>
</div>
<p class="reached {{REACHED_CLASS}}"><span class="icon" aria-hidden="true">{{REACHED_ICON}}</span> {{REACHED_TEXT}}</p>
</section>
<section aria-labelledby="gci-h">
<h2 id="gci-h">{{L_GCI_HEADING}}</h2>
<p class="note">{{L_GCI_NOTE}}</p>
{{#NO_GCI}}<p>{{L_NONE}}</p>{{/NO_GCI}}
{{>GCI}}
</section>
{{#I1_SECTION}}<section aria-labelledby="i1-h">
<h2 id="i1-h">{{L_I1_HEADING}}</h2>
<p>{{SUMMARY}}</p>
{{>I1_TABLE}}
{{>CHART}}
</section>
<section aria-labelledby="context-h" class="keep">
<h2 id="context-h">{{L_CONTEXT_HEADING}}</h2>
<p>{{CONTEXT}}</p>
{{>CONTEXT_TABLE}}
</section>
{{/I1_SECTION}}
<section aria-labelledby="projects-h">
<h2 id="projects-h">{{L_PROJECTS_HEADING}}</h2>
{{#NO_PROJECTS}}<p>{{L_NONE}}</p>{{/NO_PROJECTS}}
{{#HAS_PROJECTS}}<div class="table-wrap">
<table class="data">
<thead><tr><th scope="col">{{L_PROJECT}}</th><th scope="col">{{L_ROLE}}</th><th scope="col">{{L_SCHEME}}</th><th scope="col">{{L_PERIOD}}</th><th scope="col">{{L_PILLARS}}</th><th scope="col">{{L_COUNTERPART}}</th><th scope="col">{{L_PARTNERS}}</th></tr></thead>
<tbody>
{{#PROJECT}}<tr><th scope="row"><a href="{{HREF}}">{{TITLE}}</a> <span class="pid">{{ID}}</span></th><td class="word">{{ROLE}}</td><td class="word">{{SCHEME}}</td><td class="date">{{PERIOD}}</td><td class="word">{{PILLARS}}</td><td>{{COUNTERPART}}</td><td>{{PARTNERS}}</td></tr>
{{/PROJECT}}
</tbody>
</table>
</div>{{/HAS_PROJECTS}}
{{#MORE_PROJECTS}}<p class="note">{{TEXT}}</p>{{/MORE_PROJECTS}}
</section>
<section aria-labelledby="part-h">
<h2 id="part-h">{{L_PARTICIPATION_HEADING}}</h2>
{{#NO_PARTICIPATION}}<p>{{L_NONE}}</p>{{/NO_PARTICIPATION}}
{{>PARTICIPATION}}
</section>
{{#D2_SECTION}}<section aria-labelledby="d2-h">
<h2 id="d2-h">{{L_D2_HEADING}}</h2>
<p>{{TEXT}}</p>
{{#ROWS}}<ul class="rows">
{{#ROW}}<li><code>{{REF}}</code> <a href="{{HREF}}">{{TITLE}}</a>{{DETAIL}}</li>
{{/ROW}}</ul>{{/ROWS}}
{{#MORE_ROWS}}<p class="note">{{TEXT}}</p>{{/MORE_ROWS}}
</section>{{/D2_SECTION}}
<section aria-labelledby="assess-h">
<h2 id="assess-h">{{L_ASSESSMENTS_HEADING}}</h2>
{{#NO_ASSESSMENTS}}<p>{{L_NONE}}</p>{{/NO_ASSESSMENTS}}
{{#HAS_ASSESSMENTS}}<div class="table-wrap">
<table class="data">
<thead><tr><th scope="col">{{L_DATE}}</th><th scope="col">{{L_KIND}}</th><th scope="col">{{L_RATING}}</th><th scope="col">{{L_STAGE}}</th><th scope="col">{{L_PILLAR}}</th><th scope="col">{{L_PROJECT}}</th><th scope="col">{{L_SUMMARY}}</th></tr></thead>
<tbody>
{{#ASSESSMENT}}<tr><th scope="row" class="date">{{DATE}}</th><td class="word">{{KIND}}</td><td class="word">{{RATING}}</td><td class="word">{{STAGE}}</td><td class="word">{{PILLAR}}</td><td>{{#PROJECT_LINK}}<a href="{{HREF}}">{{TITLE}}</a>{{/PROJECT_LINK}}{{#PROJECT_TEXT}}{{TITLE}}{{/PROJECT_TEXT}}</td><td>{{SUMMARY}}</td></tr>
{{/ASSESSMENT}}
</tbody>
</table>
</div>{{/HAS_ASSESSMENTS}}
</section>
<section aria-labelledby="i2-h">
<h2 id="i2-h">{{I2_HEADING}}</h2>
<p>{{I2_RESULT}}</p>
{{#NO_I2}}<p>{{L_NONE}}</p>{{/NO_I2}}
{{>I2_TABLE}}
<h3>{{D1_PROJECTS_HEADING}}</h3>
{{#NO_D1}}<p>{{L_NONE}}</p>{{/NO_D1}}
{{>D1_TABLE}}
</section>
