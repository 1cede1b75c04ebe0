# role/ArgoCD trusts exactly the two Argo CD service accounts (Harness's GitOps guide, narrowed)
resource "aws_iam_role" "argocd" {
  name = "ArgoCD"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = {
          "oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C:aud" = "sts.amazonaws.com"
          "oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C:sub" = [
            "system:serviceaccount:argocd:argocd-server",
            "system:serviceaccount:argocd:argocd-application-controller",
          ]
        }
      }
    }]
  })
}
