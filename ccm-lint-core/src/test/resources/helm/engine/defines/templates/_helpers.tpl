{{/* The app name, from the chart unless overridden. */}}
{{- define "defines.name" -}}
{{- if .Values.nameOverride }}{{ .Values.nameOverride }}{{ else }}{{ .Chart.Name }}{{ end }}
{{- end }}

{{- define "defines.labels" }}
    app: {{ template "defines.name" . }}
    component: {{ .Values.app.component }}
{{- end }}

{{- define "defines.shadowed" -}}from _helpers.tpl{{- end }}
