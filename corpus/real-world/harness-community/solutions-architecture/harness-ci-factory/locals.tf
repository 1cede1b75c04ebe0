locals {
  build_push_target = {
    azure  = "harness-ci-build-images-azure.yaml"
    docker = "harness-ci-build-images-docker.yaml"
  }
}
