{{- define "defines.shadowed" -}}from _z_overrides.tpl{{- end }}
{{- define "defines.only-here" -}}[{{ . }}]{{- end }}
