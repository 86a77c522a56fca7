{{%AUTOESCAPE context="HTML"}}
<p class="lead">{{INTRO}}</p>
<section aria-labelledby="settings-h">
<h2 id="settings-h">{{L_SETTINGS_HEADING}}</h2>
{{>SETTINGS}}
</section>
<section aria-labelledby="rules-h">
<h2 id="rules-h">{{RULES_HEADING}}</h2>
{{#RULE}}<h3>{{H}}</h3>
<p>{{TEXT}}</p>
{{/RULE}}
</section>
<section aria-labelledby="ctx-h">
<h2 id="ctx-h">{{L_CONTEXT_METHOD_HEADING}}</h2>
{{#CTX}}<h3>{{H}}</h3>
<p>{{TEXT}}</p>
{{/CTX}}
</section>
<section aria-labelledby="sources-h">
<h2 id="sources-h">{{L_SOURCES_HEADING}}</h2>
<p>{{SOURCES_TEXT}}</p>
{{>EDITIONS}}
{{>FILES}}
<p class="fingerprint">{{FINGERPRINT_TEXT}}</p>
</section>
<section aria-labelledby="revisions-h">
<h2 id="revisions-h">{{REVISIONS_HEADING}}</h2>
<p>{{REVISIONS_TEXT}}</p>
{{#REVISION_LIST}}<ul class="revisions">
{{#ITEM}}<li><code>{{FIGURE}}</code>: {{TEXT}}</li>
{{/ITEM}}</ul>{{/REVISION_LIST}}
</section>
<section aria-labelledby="excluded-h">
<h2 id="excluded-h">{{L_EXCLUDED_HEADING}}</h2>
<h3>{{L_NOT_ASSESSABLE_HEADING}}</h3>
{{#NO_NA}}<p>{{L_NONE}}</p>{{/NO_NA}}
{{>NA}}
<h3>{{L_LATER_HEADING}}</h3>
{{>LATER}}
<h3>{{L_WARNINGS_HEADING}}</h3>
{{#NO_WARN}}<p>{{L_NO_WARNINGS}}</p>{{/NO_WARN}}
{{#HAS_WARN}}<ul class="warnings">
{{#WARN}}<li><code>{{TEXT}}</code></li>
{{/WARN}}
</ul>
{{#MORE}}<p>{{TEXT}}</p>{{/MORE}}{{/HAS_WARN}}
</section>
